using System.Globalization;

namespace Condor.Engine.Strategy;

/// <summary>
/// The entry price as a pure function of the current combo quote and the time since the entry time: start at
/// the mid, every RepriceInterval step ChaseStep (or a fraction of the spread, see <see cref="ChaseSettings"/>)
/// toward the natural price, each rung rounded DOWN to the combo
/// tick (more fillable); never below the floor = max(MinCredit, natural) rounded UP to the tick (never below the
/// minimum credit, never past the natural price); nothing is sent while the mid is below MinCredit; at the
/// deadline the chase stops. In a spread narrower than a tick the floor can sit a tick above the mid.
/// </summary>
internal static class ChaseLadder
{
    public static ChaseStep PriceAt(ComboQuote quote, TimeSpan elapsed, ChaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(elapsed, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(settings.RepriceInterval, TimeSpan.Zero, nameof(settings));
        var step = (int)(elapsed.Ticks / settings.RepriceInterval.Ticks);
        if (elapsed >= settings.Window)
        {
            return new ChaseStep(ChaseAction.DeadlinePassed, null, step, Format(
                $"Entry deadline reached after {settings.Window.TotalSeconds:0} s: no new attempt, cancel a working entry."));
        }

        if (quote.MidCredit < settings.MinCredit)
        {
            return new ChaseStep(ChaseAction.WaitForMid, null, step, Format(
                $"Mid {quote.MidCredit:0.00##} is below the minimum credit {settings.MinCredit:0.00##}: no order."));
        }

        var stepSize = settings.StepFor(quote);
        var rung = settings.ComboTick.RoundDown(Math.Max(0m, quote.MidCredit - (step * stepSize))).Value;
        var minimum = settings.ComboTick.RoundUp(settings.MinCredit).Value;
        var natural = quote.NaturalCredit > 0 ? settings.ComboTick.RoundUp(quote.NaturalCredit).Value : 0m;
        var floor = Math.Max(minimum, natural);
        if (rung >= floor)
        {
            return new ChaseStep(ChaseAction.Price, rung, step, Format(
                $"Step {step}: mid {quote.MidCredit:0.00##} − {step} × {stepSize:0.00##} → {rung:0.00##}."));
        }

        var which = natural >= minimum ? $"natural {quote.NaturalCredit:0.00##}" : $"minimum credit {settings.MinCredit:0.00##}";
        return new ChaseStep(ChaseAction.Price, floor, step, Format(
            $"Step {step}: held at the floor {floor:0.00##} ({which})."));
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
