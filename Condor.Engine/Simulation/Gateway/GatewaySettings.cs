namespace Condor.Engine.Simulation.Gateway;

/// <summary>How the gateway server listens and introduces itself.</summary>
internal sealed record GatewaySettings
{
    /// <summary>Loopback port; 0 = an ephemeral port (see <see cref="SimulatedGateway.Port"/>).</summary>
    public int Port { get; init; }

    public string Account { get; init; } = "DU0000001";

    /// <summary>The first order id nextValidId announces.</summary>
    public int FirstOrderId { get; init; } = 1;

    /// <summary>How often streaming market data and working orders are re-evaluated, in virtual time.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);
}
