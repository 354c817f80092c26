namespace Condor.Engine.Execution.Reconciliation;

/// <summary>After the adoption the journal must show the trade closed (from the adopted fills, never an invented one); if not, an urgent alert.</summary>
internal sealed record ExpectClosedStep(long TradeId) : ReconciliationStep;
