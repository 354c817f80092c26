using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>An order at the gateway that is Condor's, with its journal record (null when the journal does not hold it).</summary>
internal sealed record OwnOrder(BrokerOrder Order, OrderRef Ref, OrderRecord? Journal)
{
    public bool IsExit => Ref.Role is OrderRole.Target or OrderRole.Stop or OrderRole.Time;
}
