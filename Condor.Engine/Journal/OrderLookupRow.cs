namespace Condor.Engine.Journal;

/// <summary>The columns of an order needed to route a gateway event to it.</summary>
internal sealed class OrderLookupRow
{
    public long Id { get; set; }

    public long TradeId { get; set; }

    public string Status { get; set; } = "";

    public string Filled { get; set; } = "";
}
