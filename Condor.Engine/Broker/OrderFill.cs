namespace Condor.Engine.Broker;

/// <summary>An order's cumulative fill as a status reports it.</summary>
/// <param name="Filled">Quantity filled so far (never negative).</param>
/// <param name="Remaining">Quantity still working; null when IB left it unset.</param>
/// <param name="AvgFillPrice">Average fill price; null when nothing filled.</param>
internal sealed record OrderFill(decimal Filled, decimal? Remaining, decimal? AvgFillPrice)
{
    public decimal Filled { get; } = Filled >= 0 ? Filled : throw new ArgumentOutOfRangeException(nameof(Filled), Filled, "A filled quantity is never negative.");
}
