namespace Condor.Web.Dashboard;

/// <summary>One leg of the open condor (quantity negative for a short leg).</summary>
public sealed record LegStatus(string Right, decimal Strike, int Quantity, decimal? FillPrice, decimal? Mid, decimal? PnlDollars);
