namespace Condor.Engine.Strategy;

/// <summary>
/// What the entry filters look at: VIX now and its prior close (points), the condor's legs and combo quote,
/// and the whatIf initial-margin change of one contract in dollars. Null where unknown.
/// </summary>
internal sealed record FilterInput(
    decimal? Vix,
    decimal? VixPriorClose,
    IronCondor Condor,
    ComboQuote? Quote,
    decimal? MarginPerContract);
