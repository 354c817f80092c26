using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>
/// Today's decision as the owner reads it: every short-strike candidate with its delta and verdict (both sides),
/// the chosen condor and why, the combo's quote, the margin checked — or the reason there is no trade today.
/// Pieces known only later are null until then (a decision that ended at the filters has no candidates).
/// </summary>
/// <param name="SessionDate">The exchange date.</param>
/// <param name="Put">The put side's delta selection (every candidate, the chosen one, the rule that decided); null when phase 5 did not run.</param>
/// <param name="Call">The call side's delta selection; null when phase 5 did not run.</param>
/// <param name="Chosen">The four strikes chosen; null when none could be built.</param>
/// <param name="Why">One line: why these strikes (the delta rule's explanations), or why not.</param>
/// <param name="Quote">The combo's credit quote at the scan (mid and natural); null when not priceable.</param>
/// <param name="IndexLast">The index's last price the scan was made at.</param>
/// <param name="VixLast">VIX's last price at the read.</param>
/// <param name="Margin">The margin per contract the send phase used (whatIf, or estimated in Experiment); null until known.</param>
/// <param name="Quantity">Contracts to trade (sizing); null until known.</param>
/// <param name="NoTradeReason">Why there is no trade today; null while a trade is possible or was made.</param>
internal sealed record DayDecision(
    DateOnly SessionDate,
    DeltaSelection? Put,
    DeltaSelection? Call,
    ChosenStrikes? Chosen,
    string Why,
    ComboQuote? Quote,
    decimal? IndexLast,
    decimal? VixLast,
    MarginView? Margin,
    int? Quantity,
    string? NoTradeReason)
{
    public bool IsNoTrade => NoTradeReason is not null;

    /// <summary>A decision that is only a no-trade reason (the day ended before strikes were looked at).</summary>
    public static DayDecision NoTrade(DateOnly sessionDate, string reason) =>
        new(sessionDate, null, null, null, reason, null, null, null, null, null, reason);
}
