namespace Condor.Engine.Tws.Transport;

/// <summary>Where and how <see cref="TwsConnection"/> connects, and how it backs off when reconnecting.</summary>
/// <param name="Host">Gateway host.</param>
/// <param name="Port">Gateway port (Gateway 4001/4002, TWS 7496/7497, or the simulator's).</param>
/// <param name="ClientId">API client id sent in startApi.</param>
/// <param name="ConnectTimeout">Limit for TCP connect plus handshake, per attempt.</param>
internal sealed record TwsConnectionSettings(string Host, int Port, int ClientId, TimeSpan ConnectTimeout)
{
    /// <summary>First reconnect delay; each further attempt doubles it (no jitter: one client per gateway).</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the exponential reconnect delay.</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first reconnect attempt before <see cref="TwsConnection.ReconnectAsync"/> gives up.</summary>
    public int ReconnectMaxRetries { get; init; } = 10;

    /// <summary>Capacity of <see cref="TwsConnection.Incoming"/> in frames (see the remarks there).</summary>
    public int IncomingCapacity { get; init; } = 16_384;

    /// <summary>Outgoing pacing window; null = IB's second plus <see cref="OutgoingPacer.DefaultSafetyMargin"/>.</summary>
    public TimeSpan? PacingWindow { get; init; }

    public static TwsConnectionSettings FromOptions(BrokerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TwsConnectionSettings(
            options.Host, options.Port, options.ClientId, TimeSpan.FromSeconds(options.ConnectTimeoutSeconds));
    }
}
