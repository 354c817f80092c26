using Condor.Engine.Configuration;
using Condor.Engine.Market;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// A filled condor to protect and watch: the trade, its legs, the filled quantity and the ACTUAL average fill credit
/// (positive, per contract), and the session (for the time exit's cap before the close).
/// </summary>
/// <param name="LegEntryPrices">Each leg's average opening execution price by conId (for leg P/L); legs missing fall back to the quote.</param>
internal sealed record OpenPosition(
    long TradeId,
    DateOnly SessionDate,
    TradingMode Mode,
    CondorLegs Legs,
    int Quantity,
    decimal FillCredit,
    TradingSession Session,
    IReadOnlyDictionary<int, decimal> LegEntryPrices,
    string Account = "")
{
    public int Quantity { get; } = Quantity > 0 ? Quantity : throw new ArgumentOutOfRangeException(nameof(Quantity), Quantity, "A position has a positive quantity.");

    public decimal FillCredit { get; } = FillCredit > 0 ? FillCredit : throw new ArgumentOutOfRangeException(nameof(FillCredit), FillCredit, "A condor opens for a credit.");
}
