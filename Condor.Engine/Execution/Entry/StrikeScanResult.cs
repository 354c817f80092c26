using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Entry;

/// <summary>
/// What phase 5 found: both delta selections (every candidate, chosen or not, and why), the condor and its quote
/// when they could be built, and the no-trade reason when the day ends here.
/// </summary>
internal sealed record StrikeScanResult(
    DeltaSelection Put,
    DeltaSelection Call,
    IronCondor? Condor,
    ComboQuote? Quote,
    string? NoTradeReason)
{
    public bool CanTrade => NoTradeReason is null;

    public static StrikeScanResult NoTrade(
        DeltaSelection put, DeltaSelection call, string reason, IronCondor? condor = null, ComboQuote? quote = null) =>
        new(put, call, condor, quote, reason);
}
