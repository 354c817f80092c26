namespace Condor.Engine.Journal;

/// <summary>One leg as chosen at entry: contract, strike and the quote/greeks that chose it.</summary>
internal sealed record NewLeg(
    LegPosition Position, decimal Strike, int ConId, double? Delta, double? ImpliedVolatility, decimal? Mid);
