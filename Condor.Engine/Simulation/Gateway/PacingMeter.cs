namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// IB's message pacing for one client, counted in wall time as IB counts it: at most <c>limit</c> messages in any
/// one second (a sliding second); a message beyond it is refused (error 100, "Max rate of messages per second has
/// been exceeded", IB's API message codes) and not processed. IB documents the 50-a-second ceiling
/// (interactivebrokers.github.io/tws-api/order_limitations.html, "the TWS API's inherent limitation of 50 messages per
/// second") and that a client that keeps exceeding it is disconnected (tws-api/rtd_fqa_errors.html: "If the 50
/// messages/second rate is exceeded, TWS will eventually close the connection") but not after how long; the simulator disconnects after <c>violationSeconds</c> wall seconds in a row that each
/// had a refused message (a second with no refusal starts the count again).
/// </summary>
internal sealed class PacingMeter(int limit, int violationSeconds, TimeProvider wall)
{
    private readonly Queue<DateTimeOffset> _admitted = new();
    private long _lastViolationSecond = long.MinValue;
    private int _violationRun;

    /// <summary>The verdict on one message arriving now.</summary>
    public PacingVerdict Next()
    {
        if (limit <= 0)
        {
            return PacingVerdict.Admitted;
        }

        var now = wall.GetUtcNow();
        while (_admitted.Count > 0 && now - _admitted.Peek() >= TimeSpan.FromSeconds(1))
        {
            _admitted.Dequeue();
        }

        if (_admitted.Count < limit)
        {
            _admitted.Enqueue(now);
            return PacingVerdict.Admitted;
        }

        var second = now.ToUnixTimeSeconds();
        if (second != _lastViolationSecond)
        {
            _violationRun = second == _lastViolationSecond + 1 ? _violationRun + 1 : 1;
            _lastViolationSecond = second;
        }

        return _violationRun >= violationSeconds ? PacingVerdict.Disconnect : PacingVerdict.Refused;
    }
}
