namespace Condor.Engine.Broker;

/// <summary>The terms of an order a modification may change: total quantity and its prices.</summary>
internal sealed record OrderTerms(decimal Quantity, decimal? LimitPrice, decimal? AuxPrice)
{
    public decimal Quantity { get; } = Quantity > 0 ? Quantity : throw new ArgumentOutOfRangeException(nameof(Quantity), Quantity, "An order's quantity is positive.");
}
