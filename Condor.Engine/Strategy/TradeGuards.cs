namespace Condor.Engine.Strategy;

/// <summary>
/// Hard guards before any entry: at most <see cref="MaxTradesPerSession"/> trade per session (hard-coded, not a
/// setting), no second entry while one is working, and never adding to an open position.
/// </summary>
internal static class TradeGuards
{
    public const int MaxTradesPerSession = 1;

    public static GuardDecision Check(GuardInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.FilledEntriesThisSession >= MaxTradesPerSession)
        {
            return new GuardDecision(false, $"Already traded this session ({input.FilledEntriesThisSession} filled entry): at most one trade per session.");
        }

        if (input.EntryOrderWorking)
        {
            return new GuardDecision(false, "An entry order is already working this session.");
        }

        if (input.OpenPositionContracts != 0)
        {
            return new GuardDecision(false, $"A position of {input.OpenPositionContracts} contracts is open: never added to.");
        }

        return new GuardDecision(true, "No trade yet this session and no open position.");
    }
}
