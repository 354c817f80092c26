namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// The experiment's order ids and permIds, which can never be a real order's: order ids from 900,000,000 (below the
/// client's request ids, which start at 1,000,000,000, so an order error is still told from a request error), and
/// never below an id the journal already used (<see cref="ReserveThrough"/>); permIds from 9,000,000,000,000 on,
/// beyond the 32-bit range IB's permIds live in. Not thread-safe: the gateway serialises every call.
/// </summary>
internal sealed class ExperimentIds
{
    public const int FirstOrderId = 900_000_000;

    public const long PermIdBase = 9_000_000_000_000L;

    private int _next = FirstOrderId;

    /// <summary>The next order id goes above <paramref name="highestUsedOrderId"/>.</summary>
    public void ReserveThrough(int highestUsedOrderId)
    {
        if (highestUsedOrderId >= _next && highestUsedOrderId < Tws.Transport.RequestIdAllocator.FirstId - 1)
        {
            _next = highestUsedOrderId + 1;
        }
    }

    public (int OrderId, long PermId) Next()
    {
        var id = _next++;
        return (id, PermIdBase + id);
    }
}
