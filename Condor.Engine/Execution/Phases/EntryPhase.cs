namespace Condor.Engine.Execution.Phases;

/// <summary>The eight phases of a session's entry, in order (the dashboard's phase tracker shows them).</summary>
internal enum EntryPhase
{
    /// <summary>Connect to the gateway; verify account, market-data type and that the day's contracts resolve.</summary>
    Connect,

    /// <summary>Wait for the entry time.</summary>
    Wait,

    /// <summary>Read the index and VIX (last and prior close).</summary>
    Read,

    /// <summary>Check the filters (VIX ceiling, VIX spike).</summary>
    CheckFilters,

    /// <summary>Find today's expiry, select the strikes by delta, build the condor and its quote.</summary>
    FindStrikes,

    /// <summary>Check margin (whatIf) and credit, then send the one combo order.</summary>
    Send,

    /// <summary>Chase the fill from the mid toward the natural price until the deadline.</summary>
    Chase,

    /// <summary>Place the three exits in one OCA group and see them acknowledged.</summary>
    Protect,
}
