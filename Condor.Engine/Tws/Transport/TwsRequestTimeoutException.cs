using System.Globalization;

namespace Condor.Engine.Tws.Transport;

/// <summary>A request got no (further) answer within its timeout.</summary>
internal sealed class TwsRequestTimeoutException : TimeoutException
{
    public TwsRequestTimeoutException(int requestId, TimeSpan timeout)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"TWS request {requestId} got no answer within {timeout.TotalSeconds} s."))
    {
        RequestId = requestId;
        Timeout = timeout;
    }

    public int RequestId { get; }

    public TimeSpan Timeout { get; }
}
