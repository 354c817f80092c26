using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>Journal the order id the gateway reports for an intent the journal holds without one (a crash between send and attach).</summary>
internal sealed record AttachOrderIdStep(OrderRef OrderRef, int ClientId, int OrderId) : ReconciliationStep;
