namespace Condor.Engine.Journal;

/// <summary>
/// A TWS execDetails event: one leg's fill, or the combo-level (BAG) fill, which is informational.
/// <paramref name="Price"/> is the positive per-unit fill price; <paramref name="Side"/> says bought or sold.
/// Matched to an order by orderRef, else permId, else (<paramref name="ClientId"/>, <paramref name="OrderId"/>).
/// </summary>
internal sealed record ExecutionReport(
    string ExecId,
    int OrderId,
    long? PermId,
    string? OrderRef,
    int ConId,
    bool IsCombo,
    ExecutionSide Side,
    int Quantity,
    decimal Price,
    DateTimeOffset ExecutedUtc,
    int? ClientId = null);
