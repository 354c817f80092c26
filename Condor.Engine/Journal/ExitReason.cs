namespace Condor.Engine.Journal;

/// <summary>Why a trade ended; derived by the journal from the closing executions' orders.</summary>
internal enum ExitReason
{
    ProfitTarget,
    Stop,
    Time,
    Kill,
    Expiry,

    /// <summary>Closed by executions that came from no order of Condor's (e.g. the broker's liquidation).</summary>
    External,
}
