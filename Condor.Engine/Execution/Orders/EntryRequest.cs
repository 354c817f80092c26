using Condor.Engine.Configuration;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Phase 7's input: the day's condor (legs with conIds), how many, and the chase rules. The first price is the
/// ladder's step at <paramref name="EntryTime"/> on <paramref name="Quote"/> (the mid, rounded down to the combo tick);
/// the floor is <see cref="ChaseSettings.MinCredit"/> (and never past the natural price).
/// </summary>
/// <param name="SessionDate">The session (the orderRef's date).</param>
/// <param name="Mode">The trading mode (on every journal row and alert).</param>
/// <param name="Legs">The four legs with their conIds and the contract family (SPX/SPXW or XSP).</param>
/// <param name="Quantity">Contracts to open (from sizing).</param>
/// <param name="Quote">The legs' quotes at send time: the first price comes from them.</param>
/// <param name="EntryTime">The ladder's origin: re-prices happen every RepriceInterval after it.</param>
/// <param name="Deadline">After it: no new price; a working entry is cancelled (confirmed) and the filled part returned.</param>
/// <param name="Chase">MinCredit (the floor), ChaseStep, RepriceInterval, combo tick.</param>
/// <param name="Quotes">Current legs' quotes for each re-price.</param>
/// <param name="MarginUsed">The whatIf (or local) margin estimate, journaled with the trade.</param>
/// <param name="Account">The account to trade (empty = the gateway's only account).</param>
internal sealed record EntryRequest(
    DateOnly SessionDate,
    TradingMode Mode,
    CondorLegs Legs,
    int Quantity,
    IronCondor Quote,
    DateTimeOffset EntryTime,
    DateTimeOffset Deadline,
    ChaseSettings Chase,
    ComboQuoteSource Quotes,
    decimal? MarginUsed = null,
    string Account = "");
