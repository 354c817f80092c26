namespace Condor.Engine.Simulation;

/// <summary>One position: signed quantity (negative = short) and average cost per share (as IB reports avgCost / multiplier).</summary>
internal sealed record PositionLine(OptionKey Contract, int Quantity, decimal AveragePrice);
