using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Phase 7, the fill chase, on the given <see cref="TimeProvider"/> (no wall-clock sleeps): journals the trade and
/// the entry intent before placing, places ONE BAG order at the ladder's first price (the mid), re-prices it every
/// RepriceInterval by ChaseStep toward the natural price (<see cref="Strategy.ChaseLadder"/>), never below the floor
/// (MinCredit), until filled or the deadline. At the deadline an unfilled (or partly filled) order is cancelled and
/// the cancellation confirmed by the gateway before returning. Every status, execution and commission of the entry
/// is journaled as it arrives (the journal is per mode).
/// </summary>
internal sealed class EntryChase(IBrokerGateway gateway, IJournal journal, TimeProvider time, ILogger logger)
{
    /// <summary>How long to wait for the gateway to confirm a cancellation before the outcome is Unknown.</summary>
    public TimeSpan CancelConfirmTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Runs the chase to its end: filled, partial at the deadline (rest cancelled), unfilled (cancelled, trade abandoned), rejected or unknown.</summary>
    public Task<EntryResult> RunAsync(EntryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        _ = (gateway, journal, time, logger);
        throw new NotImplementedException("Step 2.");
    }
}
