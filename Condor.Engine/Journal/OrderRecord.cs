namespace Condor.Engine.Journal;

/// <summary>A journaled order with its current lifecycle phase (<see cref="Broker.OrderPhase"/> name) as <see cref="Status"/>.</summary>
internal sealed record OrderRecord(
    long Id,
    long TradeId,
    OrderRef OrderRef,
    int OrderId,
    long? PermId,
    OrderAction Action,
    string OrderType,
    int Quantity,
    decimal? LimitPrice,
    decimal? AuxPrice,
    string? OcaGroup,
    string Status,
    decimal Filled,
    decimal? Remaining,
    decimal? AvgFillPrice,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc);
