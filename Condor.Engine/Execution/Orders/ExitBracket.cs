using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Phase 8: the profit target (LMT), the stop (STP, explicit trigger method) and the time exit (MKT, goodAfterTime
/// in US/Eastern) in ONE OCA group sized to the filled quantity (ocaType 1 for one contract, 2 for more), priced
/// from the ACTUAL fill credit by <see cref="ExitPlanner"/> (DESIGN's rounding). Each intent is journaled before
/// its order is sent. Success = the three exits acknowledged by the gateway; anything else returns an urgent alert.
/// </summary>
internal sealed class ExitBracket(IBrokerGateway gateway, IJournal journal, StrategyOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>Places the three exits of <paramref name="position"/> (target first, then stop, then the time exit).</summary>
    public Task<BracketResult> PlaceAsync(OpenPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        _ = (gateway, journal, options, time, logger);
        throw new NotImplementedException("Step 2.");
    }
}
