namespace Condor.Engine.Tws.Transport;

/// <summary>
/// Request ids (reqContractDetails, reqMktData, reqAccountSummary ...). The gateway reports errors for
/// requests and for orders in the same id field, so request ids come from a range far above any order id
/// (<see cref="FirstId"/> = 1,000,000,000) and a request error can never fail an order, nor the reverse.
/// Monotonic for the process lifetime, thread-safe.
/// </summary>
internal sealed class RequestIdAllocator
{
    public const int FirstId = 1_000_000_000;

    private int _last = FirstId - 1;

    public int Next()
    {
        var id = Interlocked.Increment(ref _last);
        if (id < FirstId)
        {
            throw new InvalidOperationException("Request ids are exhausted.");
        }

        return id;
    }
}
