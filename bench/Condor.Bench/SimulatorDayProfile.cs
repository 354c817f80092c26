namespace Condor.Bench;

/// <summary>
/// What a client streams over the simulated day: <see cref="ChainStrikes"/> strikes on each side of the money (puts
/// and calls) plus the index and, optionally, VIX from the start; after the 09:32 entry either the whole chain goes on
/// streaming or only the condor's four legs, the index and VIX do.
/// </summary>
internal sealed record SimulatorDayProfile(string Name, int ChainStrikes, bool Vix, bool ChainAfterEntry)
{
    /// <summary>The old benchmark's load: the index and 90 options (45 strikes) streamed all day.</summary>
    public static readonly SimulatorDayProfile WholeChain = new("whole chain all day", 22, Vix: false, ChainAfterEntry: true);

    /// <summary>
    /// The engine's load (issue 11): about 60 options (30 strikes), the index and VIX from the 09:25 warm-up to the
    /// 09:32 entry, then only the four legs, the index and VIX until the close.
    /// </summary>
    public static readonly SimulatorDayProfile Engine = new("engine profile", 15, Vix: true, ChainAfterEntry: false);

    /// <summary>Lines streamed before the entry.</summary>
    public int LinesBeforeEntry => 1 + (Vix ? 1 : 0) + (2 * ((2 * ChainStrikes) + 1));
}
