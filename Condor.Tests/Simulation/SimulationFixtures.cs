using Condor.Engine.Market;
using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

/// <summary>Shared inputs for the market-model tests: a Monday session, weekday calendar, SPX/XSP-like tick rules.</summary>
internal static class SimulationFixtures
{
    public static readonly DateOnly Session = new(2026, 11, 23);

    public static readonly TickRule SpxTicks = IndexOptionContract.Spx.LegTick;

    public static readonly TickRule XspTicks = IndexOptionContract.Xsp.LegTick;

    public static readonly TickRule ComboTicks = IndexOptionContract.Spx.ComboTick;

    public static DateTimeOffset Et(int hour, int minute, int second = 0) =>
        EasternTime.At(Session, new TimeOnly(hour, minute, second));

    public static bool Weekdays(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static MarketPathOptions PathOptions(ulong seed = 42) => new() { Seed = seed, AnchorTime = Et(9, 30), AnchorSpx = 6000 };

    /// <summary>A VIX fixed at 15 (no SPX response, no noise).</summary>
    public static MarketPathOptions CalmVix15(ulong seed = 42) => PathOptions(seed) with { VixLevel = 15, VixSpxBeta = 0, VixNoise = 0 };

    public static OptionChainModel Model(
        ulong seed = 42,
        SimulationScenario? scenario = null,
        ChainOptions? chain = null,
        MarketPathOptions? path = null,
        Func<DateOnly, bool>? isTradingDay = null) =>
        new(
            new MarketPath(path ?? PathOptions(seed)),
            chain ?? new ChainOptions(),
            scenario ?? SimulationScenario.None,
            isTradingDay ?? Weekdays,
            Session);
}
