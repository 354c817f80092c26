using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>Journal an order's status as the gateway reports it (a stale one changes nothing).</summary>
internal sealed record AdoptStatusStep(OrderRef OrderRef, OrderStatusUpdate Update) : ReconciliationStep;
