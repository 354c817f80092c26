using Condor.Engine.Market;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>One leg of the open condor.</summary>
/// <param name="Right">Put or call.</param>
/// <param name="Strike">The strike.</param>
/// <param name="Quantity">Signed: negative for the short legs.</param>
/// <param name="FillPrice">The leg's fill price (positive); null when the broker reported only the combo's.</param>
/// <param name="Mid">The leg's live mid; null while unknown.</param>
/// <param name="PnlDollars">The leg's P/L in dollars; null while fill or mid is unknown.</param>
internal sealed record LegView(OptionRight Right, decimal Strike, int Quantity, decimal? FillPrice, decimal? Mid, decimal? PnlDollars);
