namespace Condor.Engine.Execution.Phases;

/// <summary>The status of one entry phase.</summary>
internal enum PhaseStatus
{
    /// <summary>Not reached yet.</summary>
    Waiting,

    /// <summary>In progress.</summary>
    Running,

    /// <summary>Finished as it should.</summary>
    Done,

    /// <summary>Ended the day's entry: a failure or a no-trade decision (the message says which).</summary>
    Failed,

    /// <summary>Not run because an earlier phase ended the entry.</summary>
    Skipped,
}
