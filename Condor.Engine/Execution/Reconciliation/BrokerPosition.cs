namespace Condor.Engine.Execution.Reconciliation;

/// <summary>One position row of the account (signed: negative = short). A zero row is a position closed today.</summary>
internal sealed record BrokerPosition(string Account, int ConId, decimal Quantity, string Description);
