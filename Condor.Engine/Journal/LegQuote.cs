namespace Condor.Engine.Journal;

/// <summary>One leg's quote and model greeks at decision time.</summary>
internal sealed record LegQuote(
    LegPosition Position,
    decimal Strike,
    decimal? Bid,
    decimal? Ask,
    decimal? Mid,
    double? Delta,
    double? Gamma,
    double? Theta,
    double? Vega,
    double? ImpliedVolatility);
