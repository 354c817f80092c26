namespace Condor.Engine.Journal;

/// <summary>A TWS commissionReport: the commission of one execution, keyed by its execId.</summary>
internal sealed record CommissionReport(string ExecId, decimal Commission, string Currency = "USD");
