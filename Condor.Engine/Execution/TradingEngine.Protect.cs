using Condor.Engine.Execution.Commands;
using System.Collections.Immutable;
using System.Globalization;
using Condor.Engine.Execution.Entry;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution;

/// <summary>
/// Phases 7 and 8 through the order side's components (<see cref="EntryChase"/>, <see cref="ExitBracket"/>), then
/// the position: watched (<see cref="PositionWatch"/>) on the engine's clock until an exit fills or the options
/// expire (<see cref="ExpiryClose"/> at the end of day). Success = filled AND three exits acknowledged; anything
/// else is urgent.
/// </summary>
internal sealed partial class TradingEngine
{
    /// <summary>How often the open position is looked at (P/L, touches, own stop), on the engine's clock.</summary>
    internal static readonly TimeSpan WatchInterval = TimeSpan.FromSeconds(1);

    private async Task ChaseAndProtectAsync(
        TradingDay day, SessionTimeline timeline, ChainBook book, CondorLegs legs, IronCondor quote, int quantity,
        DateTimeOffset entryTime, DateTimeOffset deadline, decimal? margin, CancellationToken cancellationToken)
    {
        StartPhase(day, EntryPhase.Chase, Text($"chasing from the mid, floor {_settings.Strategy.MinCredit}"));
        var chase = new EntryChase(OrderContext) { Progress = p => OnChaseProgress(day, quantity, p) };
        var settings = ChaseSettings.From(_settings.Strategy, book.Contract) with { Window = deadline - entryTime };
        var request = new EntryRequest(
            day.Date, Mode, legs, quantity, quote, entryTime, deadline, settings,
            _ => ValueTask.FromResult(book.Current(legs.Condor)), margin, _account);
        var result = await chase.RunAsync(request, cancellationToken).ConfigureAwait(false);
        await RaiseAsync(result.Alerts, cancellationToken).ConfigureAwait(false);
        if (!result.HasPosition)
        {
            var urgent = result.Outcome is EntryOutcome.Rejected or EntryOutcome.Unknown;
            await NoTradeAsync(day, EntryPhase.Chase, $"entry {result.Outcome.ToString().ToLowerInvariant()}: {result.Reason}", urgent, cancellationToken).ConfigureAwait(false);
            return;
        }

        CompletePhase(day, EntryPhase.Chase, Text($"filled {result.FilledQuantity} at {result.AverageFillCredit} ({result.Outcome})"));
        Events.Publish(new Fill(Mode, _time.GetUtcNow(), result.OrderRef, OrderRole.Entry, result.FilledQuantity, result.AverageFillCredit!.Value));
        StartPhase(day, EntryPhase.Protect, "placing the three exits");
        var position = new OpenPosition(
            result.TradeId, day.Date, Mode, legs, result.FilledQuantity, result.AverageFillCredit.Value, timeline.Session, result.LegFillPrices, _account);
        day.Position = position;
        var bracket = await new ExitBracket(OrderContext).PlaceAsync(position, cancellationToken).ConfigureAwait(false);
        day.Bracket = bracket;
        await RaiseAsync(bracket.Alerts, cancellationToken).ConfigureAwait(false);
        if (bracket.Protected)
        {
            CompletePhase(day, EntryPhase.Protect, Text($"protected: target {bracket.Plan.TargetDebit}, stop {bracket.Plan.StopTrigger}, time exit {bracket.Plan.TimeExitEt:HH:mm} ET (OCA {bracket.Group.Name}, type {bracket.Group.OcaType})"));
        }
        else
        {
            SetBoard(day, b => b.Fail(EntryPhase.Protect, _time.GetUtcNow(), "the exits were not all acknowledged"));
            await AlertAsync($"Position {legs.Condor} x{position.Quantity} is open but NOT fully protected: the exits were not all acknowledged", cancellationToken, position.TradeId).ConfigureAwait(false);
        }

        StartWatch(day, position, bracket, book);
    }

    /// <summary>The order side's context: this engine's broker, journal, rules, clock and client id.</summary>
    private OrderContext OrderContext => new(_broker, _journal, _settings.Strategy, _time, _settings.Broker.ClientId, _logger);

    /// <summary>A step of the chase: the working entry in the snapshot, the chase phase's message.</summary>
    private void OnChaseProgress(TradingDay day, int quantity, EntryProgress progress)
    {
        day.WorkingEntry = progress.What is "Ended"
            ? null
            : new WorkingOrderView(progress.OrderRef, OrderRole.Entry, quantity, progress.LimitCredit, progress.What, progress.Filled);
        ReportPhase(day, EntryPhase.Chase, Text($"{progress.What} at {progress.LimitCredit} (step {progress.Step}, filled {progress.Filled})"));
        Events.Publish(new OrderUpdate(Mode, progress.At, progress.OrderRef, OrderRole.Entry, progress.What, progress.Filled, quantity - progress.Filled));
    }

    private void StartWatch(TradingDay day, OpenPosition position, BracketResult bracket, ChainBook book)
    {
        day.Watch = new PositionWatch(position, bracket, OrderContext);
        day.WatchStop = new CancellationTokenSource();
        var stop = day.WatchStop.Token;
        day.WatchTask = Task.Run(
            async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await Task.Delay(WatchInterval, _time, stop).ConfigureAwait(false);
                    await RunOnLoopAsync(ct => ObserveAsync(day, book, ct)).ConfigureAwait(false);
                }
            },
            stop);
        Publish(day);
    }

    private async Task<CommandOutcome> ObserveAsync(TradingDay day, ChainBook book, CancellationToken cancellationToken)
    {
        if (day.Watch is not { } watch || day.Position is not { } position || book.Current(position.Legs.Condor) is not { } quotes)
        {
            return CommandOutcome.Done("nothing to watch");
        }

        var report = await watch.ObserveAsync(new PositionTick(quotes, book.IndexQuote?.Quote.Last), cancellationToken).ConfigureAwait(false);
        day.Pnl = report.Pnl;
        await RaiseAsync(report.Alerts, cancellationToken).ConfigureAwait(false);
        Events.Publish(new PositionPnlUpdate(Mode, _time.GetUtcNow(), position.TradeId, report.Pnl.TotalPnl, report.Pnl.PercentOfCredit));
        Publish(day);
        return CommandOutcome.Done("observed");
    }

    /// <summary>Publishes the order side's alerts: urgent ones as urgent alerts, the rest as notices.</summary>
    private async Task RaiseAsync(IReadOnlyList<OrderAlert> alerts, CancellationToken cancellationToken)
    {
        foreach (var alert in alerts)
        {
            if (alert.IsUrgent)
            {
                await AlertAsync(alert.Message, cancellationToken, alert.TradeId).ConfigureAwait(false);
            }
            else
            {
                Notice(alert.Message);
            }
        }
    }

    /// <summary>End of day: a trade still open is closed as expiry at the index's close (provisional); the watch ends.</summary>
    private async Task EndOfDayAsync(TradingDay day, CancellationToken cancellationToken)
    {
        StopWatch(day);
        if (day.Position is { } position
            && await _journal.GetOpenTradeAsync(day.Date, cancellationToken).ConfigureAwait(false) is { Status: TradeStatus.Open }
            && day.Warm?.IndexQuote?.Quote.Last is { } close)
        {
            var expiry = await new ExpiryClose(OrderContext).CloseAsync(position, close, cancellationToken).ConfigureAwait(false);
            await RaiseAsync(expiry.Alerts, cancellationToken).ConfigureAwait(false);
            Notice(Text($"Trade {position.TradeId} closed at expiry, settlement {close}{(expiry.Provisional ? " (provisional until the broker's positions confirm it)" : string.Empty)}"));
        }

        day.Position = null;
        if (day.Warm is { } book)
        {
            day.Warm = null;
            await book.DisposeAsync().ConfigureAwait(false);
        }

        Publish(day);
    }

    private static void StopWatch(TradingDay day)
    {
        StopObserving(day);
        day.Watch = null;
    }

    /// <summary>Ends the once-a-second look at the market (the watch itself may still take broker events).</summary>
    private static void StopObserving(TradingDay day)
    {
        day.WatchStop?.Cancel();
        day.WatchStop?.Dispose();
        day.WatchStop = null;
    }

    private static PositionView? PositionViewOf(TradingDay day)
    {
        if (day.Position is not { } position)
        {
            return null;
        }

        var pnl = day.Pnl;
        var legs = position.Legs;
        var condor = legs.Condor;
        LegView Leg(OptionQuote leg, int conId, int sign, LegPosition role)
        {
            var live = pnl?.Legs.FirstOrDefault(l => l.Position == role);
            return new LegView(leg.Right, leg.Strike, sign * position.Quantity, position.LegEntryPrices.TryGetValue(conId, out var p) ? p : null, live?.Mid, live?.Pnl);
        }

        var exits = ExitsOf(day).Select(e => new ExitView(e.Order.Role, e.Order.OrderRef.ToString(), Price(e.Order), e.Status)).ToImmutableArray();
        return new PositionView(
            position.TradeId, position.Quantity, position.FillCredit,
            [
                Leg(condor.LongPut, legs.LongPutConId, 1, LegPosition.LongPut),
                Leg(condor.ShortPut, legs.ShortPutConId, -1, LegPosition.ShortPut),
                Leg(condor.ShortCall, legs.ShortCallConId, -1, LegPosition.ShortCall),
                Leg(condor.LongCall, legs.LongCallConId, 1, LegPosition.LongCall),
            ],
            pnl?.MidDebit, pnl?.TotalPnl, pnl?.PercentOfCredit, pnl?.Index, pnl?.DistanceToShortPut, pnl?.DistanceToShortCall, exits);
    }

    private static ImmutableArray<WorkingOrderView> WorkingOrdersOf(TradingDay day)
    {
        var exits = day.Position is null
            ? []
            : ExitsOf(day).Where(e => e.Working).Select(e => new WorkingOrderView(e.Order.OrderRef.ToString(), e.Order.Role, day.Position.Quantity, Price(e.Order), e.Status, e.Filled));
        return day.WorkingEntry is { } entry ? [entry, .. exits] : [.. exits];
    }

    /// <summary>The exits as the watch tracks them (latest attempt per role), else as the bracket placed them.</summary>
    private static IEnumerable<(ExitOrder Order, string Status, bool Working, decimal Filled)> ExitsOf(TradingDay day)
    {
        if (day.Watch is { } watch)
        {
            foreach (var role in watch.Exits.Roles)
            {
                if (watch.Exits.Order(role) is { } order)
                {
                    var fill = watch.Exits.Fill(role);
                    var status = fill?.Status?.ToString() ?? order.Placement.Outcome.ToString();
                    yield return (order, status, order.IsAcknowledged && fill?.IsDead != true && fill?.Status != Broker.OrderStatus.Filled, fill?.Filled ?? 0m);
                }
            }

            yield break;
        }

        foreach (var exit in day.Bracket?.Exits ?? [])
        {
            yield return (exit, exit.Placement.Outcome.ToString(), exit.IsAcknowledged, 0m);
        }
    }

    private static decimal? Price(ExitOrder exit) => exit.Order.LmtPrice is { } l ? Math.Abs(l) : exit.Order.AuxPrice is { } a ? Math.Abs(a) : null;
}
