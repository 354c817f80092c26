using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Entry;

/// <summary>
/// Phase 5 ("find strikes") as one pure step over today's chain: the short put and call by delta
/// (<see cref="DeltaSelector"/>), the wings (<see cref="CondorBuilder"/>), the combo quote from the four legs
/// (<see cref="ComboPricer"/>) and the max-leg-spread filter, which needs the legs. Every outcome keeps both delta
/// selections, so the day's decision shows every candidate with its delta and verdict, traded or not.
/// Fails closed: a leg without a usable bid, ask or delta is never a candidate, a missing wing or an unpriceable
/// leg is no trade.
/// </summary>
internal static class StrikeScan
{
    public static StrikeScanResult Scan(IReadOnlyCollection<OptionQuote> chain, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(options);
        var put = DeltaSelector.Select(chain, OptionRight.Put, options);
        var call = DeltaSelector.Select(chain, OptionRight.Call, options);
        var construction = CondorBuilder.Build(chain, put, call, options.WingWidth);
        if (construction.Condor is not { } condor)
        {
            return StrikeScanResult.NoTrade(put, call, construction.Failure!);
        }

        var pricing = ComboPricer.Price(condor);
        if (pricing.Quote is not { } quote)
        {
            return StrikeScanResult.NoTrade(put, call, pricing.Problem!, condor);
        }

        var spread = EntryFilters.LegSpread(condor, options);
        return spread.Blocks
            ? StrikeScanResult.NoTrade(put, call, $"{spread.Filter}: {spread.Detail}", condor, quote)
            : new StrikeScanResult(put, call, condor, quote, null);
    }
}
