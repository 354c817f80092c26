using Condor.Engine.Broker;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Journals a typed broker event (status, execution, commission, order error) through <see cref="IJournal"/> (which
/// is per mode and idempotent). The chase journals its own events; the engine calls this for the exits' events.
/// </summary>
internal sealed class BrokerEventJournal(IJournal journal)
{
    /// <summary>Records the event when it is one the journal keeps; true when it changed anything.</summary>
    public Task<bool> RecordAsync(BrokerEvent brokerEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brokerEvent);
        _ = journal;
        throw new NotImplementedException("Step 2.");
    }
}
