namespace Condor.Engine.Simulation.Gateway;

/// <summary>What <see cref="PacingMeter"/> makes of one incoming message.</summary>
internal enum PacingVerdict
{
    /// <summary>Within the rate: processed.</summary>
    Admitted,

    /// <summary>Over the rate: error 100, not processed.</summary>
    Refused,

    /// <summary>Over the rate for too long: error 100, then the connection is closed.</summary>
    Disconnect,
}
