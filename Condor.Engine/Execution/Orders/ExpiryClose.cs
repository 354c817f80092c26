using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Expiry (issue 12): after the close a trade still open is closed as "expiry" with P/L from the settlement value (the
/// index's close; legs still open settle at intrinsic value), provisional until the broker's positions confirm it — at
/// IB expired legs typically stay in the positions until overnight processing, with no execution reported — and never
/// "external". Exit reasons other than expiry come from executions (the journal derives them).
/// </summary>
internal sealed class ExpiryClose(IBrokerGateway gateway, IJournal journal, TimeProvider time, ILogger logger)
{
    /// <summary>Closes the trade at the settlement <paramref name="indexClose"/>; Provisional while the broker still shows the legs.</summary>
    public Task<ExpiryResult> CloseAsync(OpenPosition position, decimal indexClose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        _ = (gateway, journal, time, logger);
        throw new NotImplementedException("Step 2.");
    }

    /// <summary>True (and audited) once the broker's positions no longer show any leg of the trade.</summary>
    public Task<bool> ConfirmAsync(OpenPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        throw new NotImplementedException("Step 2.");
    }
}
