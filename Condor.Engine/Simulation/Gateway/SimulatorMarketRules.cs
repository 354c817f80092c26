using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>The join of the market model with the Market module: its calendar and the contracts' tick rules.</summary>
internal static class SimulatorMarketRules
{
    public static MarketRules From(ExchangeCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new MarketRules(
            calendar.IsTradingDay,
            u => IndexOptionContract.For(u).LegTick,
            u => IndexOptionContract.For(u).ComboTick);
    }

    public static MarketRules Default { get; } = From(ExchangeCalendar.Default);

    /// <summary>The minimum tick of an option leg (what contractDetails reports).</summary>
    public static decimal MinTick(Underlying underlying) => IndexOptionContract.For(underlying).LegTick.TickBelow;
}
