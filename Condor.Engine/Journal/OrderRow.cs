using static Condor.Engine.Journal.JournalFormat;

namespace Condor.Engine.Journal;

/// <summary>An <c>orders</c> row as stored.</summary>
internal sealed class OrderRow
{
    public long Id { get; set; }

    public long TradeId { get; set; }

    public string OrderRef { get; set; } = "";

    public int OrderId { get; set; }

    public long? PermId { get; set; }

    public string Action { get; set; } = "";

    public string OrderType { get; set; } = "";

    public int Quantity { get; set; }

    public string? LimitPrice { get; set; }

    public string? AuxPrice { get; set; }

    public string? OcaGroup { get; set; }

    public string Status { get; set; } = "";

    public string Filled { get; set; } = "";

    public string? Remaining { get; set; }

    public string? AvgFillPrice { get; set; }

    public string CreatedUtc { get; set; } = "";

    public string UpdatedUtc { get; set; } = "";

    public OrderRecord ToRecord() => new(
        Id,
        TradeId,
        Journal.OrderRef.TryParse(OrderRef, out var orderRef)
            ? orderRef
            : throw new FormatException($"Stored orderRef '{OrderRef}' is not a Condor orderRef."),
        OrderId,
        PermId,
        ParseEnum<OrderAction>(Action),
        OrderType,
        Quantity,
        ParseMoneyOrNull(LimitPrice),
        ParseMoneyOrNull(AuxPrice),
        OcaGroup,
        Status,
        ParseMoney(Filled),
        ParseMoneyOrNull(Remaining),
        ParseMoneyOrNull(AvgFillPrice),
        ParseInstant(CreatedUtc),
        ParseInstant(UpdatedUtc));
}
