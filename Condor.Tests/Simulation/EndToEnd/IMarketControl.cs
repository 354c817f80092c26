namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>
/// What the broker-gateway contract tests may do besides talking TWS: where the gateway listens, which session
/// it trades, and moving its time. A simulator moves a virtual clock; a real paper gateway could only wait.
/// </summary>
internal interface IMarketControl : IAsyncDisposable
{
    /// <summary>The loopback port of the gateway's API socket.</summary>
    int Port { get; }

    /// <summary>The trading session (today's 0DTE expiry).</summary>
    DateOnly Session { get; }

    /// <summary>The gateway's current time.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Moves the gateway's time forward by <paramref name="span"/>.</summary>
    void Advance(TimeSpan span);
}
