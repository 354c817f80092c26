using System.Globalization;
using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// Plans the exits from the actual fill credit. Target debit = credit × (1 − ProfitTargetPercent/100) rounded
/// DOWN to the combo tick (keeps at least the target profit; if that reaches zero, one tick instead, since a
/// zero-debit buy-back cannot fill); stop trigger = credit × StopMultiple rounded DOWN (triggers no later), by the prices of StopTriggerMethod.
/// Time exit = the configured TimeExit, but never later than <see cref="CloseMargin"/> before the stock
/// market's close (12:45 ET on an early-close day, 15:45 ET otherwise): expiring PM-settled 0DTE series stop
/// trading at the stock close (not at the 13:15/16:15 index-options close), and the position must be out before.
/// </summary>
internal static class ExitPlanner
{
    public static readonly TimeSpan CloseMargin = TimeSpan.FromMinutes(15);

    public static ExitPlan Plan(
        decimal fillCredit, TradingSession session, StrategyOptions options, IndexOptionContract contract)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fillCredit);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contract);
        var tick = contract.ComboTick;
        var target = tick.RoundDown(fillCredit * (1m - (options.ProfitTargetPercent / 100m)));
        if (target.Value == 0m)
        {
            target = new TickedPrice(tick.TickAt(0m), tick);
        }

        var stop = tick.RoundDown(fillCredit * options.StopMultiple);
        var (timeExit, rule) = TimeExit(session, options);
        return new ExitPlan(fillCredit, target, stop, options.StopTriggerMethod, timeExit, session.At(timeExit), rule);
    }

    /// <summary>The time exit (New York time): the configured one, but never later than 15 minutes before the close.</summary>
    public static (TimeOnly TimeExit, string Rule) TimeExit(TradingSession session, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        var latest = session.CloseEt.Add(-CloseMargin);
        return options.TimeExit > latest
            ? (latest, string.Create(CultureInfo.InvariantCulture, $"{CloseMargin.TotalMinutes:0} min before the {session.CloseEt:HH:mm} ET close (configured {options.TimeExit:HH:mm} is later)"))
            : (options.TimeExit, string.Create(CultureInfo.InvariantCulture, $"configured time exit {options.TimeExit:HH:mm} ET"));
    }
}
