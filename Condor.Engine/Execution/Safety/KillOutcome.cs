namespace Condor.Engine.Execution.Safety;

/// <summary>How a press of the kill switch ended.</summary>
internal enum KillOutcome
{
    /// <summary>Executed: Condor's orders cancelled (confirmed), the condor closed if one was open, flat at the broker.</summary>
    Done,

    /// <summary>Already pressed and executed this session: nothing more was done.</summary>
    AlreadyDone,

    /// <summary>Accepted and persisted (entries blocked) while disconnected: executed on reconnect.</summary>
    Pending,

    /// <summary>Executed as far as it could: a cancellation or the close is not confirmed, or the broker's positions are ambiguous; still pending.</summary>
    Incomplete,
}
