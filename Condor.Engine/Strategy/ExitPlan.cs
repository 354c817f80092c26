using Condor.Engine.Broker;
using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// The three exits of a filled condor (one OCA group), priced from the fill credit: buy back at
/// <see cref="TargetDebit"/> (limit), stop when the combo costs <see cref="StopTrigger"/> (by the prices of
/// <see cref="StopTriggerMethod"/>), and a market order
/// at <see cref="TimeExitAt"/> (goodAfterTime).
/// </summary>
internal sealed record ExitPlan(
    decimal FillCredit,
    TickedPrice TargetDebit,
    TickedPrice StopTrigger,
    TriggerMethod StopTriggerMethod,
    TimeOnly TimeExitEt,
    DateTimeOffset TimeExitAt,
    string TimeExitRule);
