namespace Condor.Engine.Journal;

/// <summary>The market as the engine saw it when it decided (entry, re-price, exit).</summary>
internal sealed record QuoteCapture(
    DateOnly SessionDate,
    long? TradeId,
    string Purpose,
    DateTimeOffset CapturedUtc,
    decimal? UnderlyingPrice,
    decimal? Vix,
    decimal? VixPriorClose,
    IReadOnlyList<LegQuote> Legs,
    IReadOnlyList<DeltaCandidate> Candidates);
