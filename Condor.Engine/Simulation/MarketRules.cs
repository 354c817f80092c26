using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Simulation;

/// <summary>
/// What the simulator takes from the Market module (calendar and tick rules), as plain values so that module can be
/// joined later by building one of these from it.
/// </summary>
internal sealed record MarketRules(
    Func<DateOnly, bool> IsTradingDay,
    Func<Underlying, TickRule> OptionTicks,
    Func<Underlying, TickRule> ComboTicks);
