namespace Condor.Engine.Journal;

/// <summary>
/// An order about to be sent, journaled before its order id exists: the TWS client allocates the id just before
/// sending, and <see cref="IJournal.AttachOrderIdAsync"/> attaches it. Prices are positive (a credit for the
/// entry, a debit for exits); the TWS sign convention is applied at the wire edge, not here.
/// </summary>
internal sealed record OrderIntent(
    long TradeId,
    OrderRole Role,
    OrderAction Action,
    string OrderType,
    int Quantity,
    decimal? LimitPrice = null,
    decimal? AuxPrice = null,
    string? OcaGroup = null,
    DateTimeOffset? GoodAfterUtc = null);
