namespace Condor.Engine.Simulation.Gateway;

/// <summary>How the gateway server listens and introduces itself.</summary>
internal sealed record GatewaySettings
{
    /// <summary>Loopback port; 0 = an ephemeral port (see <see cref="SimulatedGateway.Port"/>).</summary>
    public int Port { get; init; }

    public string Account { get; init; } = "DU0000001";

    /// <summary>The first order id nextValidId announces.</summary>
    public int FirstOrderId { get; init; } = 1;

    /// <summary>
    /// The lowest server version the simulator answers. A real TWS serves older clients too, but the simulator's
    /// codec writes only version 177's layouts, so a client whose range stops below 177 is refused rather than
    /// answered in a layout it would misread.
    /// </summary>
    public int MinServerVersion { get; init; } = Tws.Protocol.Handshake.ServerVersion;

    /// <summary>The highest server version the simulator answers (the codec's, 177).</summary>
    public int MaxServerVersion { get; init; } = Tws.Protocol.Handshake.ServerVersion;

    /// <summary>
    /// Wall-clock time a new connection has to finish the handshake (API\0, versions, startApi); a half-open or silent
    /// connection is dropped after it instead of being held for ever.
    /// </summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Messages queued for one client beyond which, if nothing could be written to it for <see cref="SlowClientTimeout"/>,
    /// it is too slow to keep up: it is dropped with a log line, as a gateway does, instead of the queue growing.
    /// A client that keeps reading (the simulator at full speed outruns any reader) is dropped only at
    /// <see cref="OutgoingQueueHardLimit"/>.
    /// </summary>
    public int OutgoingQueueLimit { get; init; } = 50_000;

    /// <summary>Wall-clock time without a completed socket write, with the queue past its limit, that marks a slow client.</summary>
    public TimeSpan SlowClientTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The queue's capacity: a client this far behind is dropped whatever its progress.</summary>
    public int OutgoingQueueHardLimit { get; init; } = 2_000_000;

    /// <summary>The largest order, in contracts per leg (leg ratio × quantity), accepted; larger ones get error 201.</summary>
    public int MaxOrderContracts { get; init; } = 10_000;

    /// <summary>The largest position, in contracts of one option, an order may lead to; beyond it the order gets error 201.</summary>
    public int MaxPositionContracts { get; init; } = 100_000;

    /// <summary>
    /// IB's pacing: messages a client may send in one wall-clock second (50, as IB); beyond it error 100. 0 = off.
    /// The scenario's <see cref="SimulationScenario.MessageRateLimit"/> overrides it.
    /// </summary>
    public int MessageRateLimit { get; init; } = 50;

    /// <summary>Wall seconds in a row with a refused message after which the client is disconnected (see <see cref="PacingMeter"/>).</summary>
    public int PacingViolationSecondsToDisconnect { get; init; } = 3;

    /// <summary>The wall clock pacing is counted on (IB counts real time, not the simulated one).</summary>
    public TimeProvider Wall { get; init; } = TimeProvider.System;

    /// <summary>How often streaming market data and working orders are re-evaluated, in virtual time.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);
}
