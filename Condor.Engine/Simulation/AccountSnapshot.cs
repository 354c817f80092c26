namespace Condor.Engine.Simulation;

/// <summary>The account's figures at one instant (IB's account summary tags).</summary>
internal sealed record AccountSnapshot(
    decimal Cash,
    decimal NetLiquidation,
    decimal InitialMargin,
    decimal MaintenanceMargin,
    decimal AvailableFunds,
    decimal ExcessLiquidity,
    IReadOnlyList<PositionLine> Positions);
