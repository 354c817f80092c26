using Condor.Engine.Execution.Commands;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution;

/// <summary>
/// The day's state and the timeline's ticks: each tick is handled on the loop; the day (board, decision,
/// position) is published to the snapshot after every change, and every phase change is an event and a log line.
/// </summary>
internal sealed partial class TradingEngine
{
    private TradingDay? _day;

    /// <summary>The day a command works on: today's session until its end of day, a closed day as closed, else the next session.</summary>
    private TradingDay CurrentDay()
    {
        var now = _time.GetUtcNow();
        var date = ExchangeTime.SessionDateOf(now);
        var today = SessionTimeline.For(date, _calendar, _settings.Strategy, _settings.Schedule);
        if (today is null && _calendar.GetDay(date).Kind != DayKind.Weekend)
        {
            return DayFor(date);
        }

        return DayFor(SessionTimeline.Current(now, _calendar, _settings.Strategy, _settings.Schedule).Date);
    }

    private TradingDay DayFor(DateOnly date)
    {
        if (_day is { } day && day.Date == date)
        {
            return day;
        }

        _day?.WatchStop?.Cancel();
        _ = _day?.Warm?.DisposeAsync().AsTask();
        _day = new TradingDay(date, SessionTimeline.For(date, _calendar, _settings.Strategy, _settings.Schedule));
        Publish(_day);
        return _day;
    }

    private async Task<CommandOutcome> HandleTickAsync(TimelineTick tick, CancellationToken cancellationToken)
    {
        var day = DayFor(tick.Date);
        LogTick(_logger, Mode, tick.Event, tick.Date, tick.DueAt, tick.CatchUp);
        switch (tick.Event)
        {
            case TimelineEvent.ExchangeClosed:
                await NoTradeAsync(day, EntryPhase.Connect, "no trade: exchange closed", urgent: false, cancellationToken).ConfigureAwait(false);
                break;
            case TimelineEvent.Warmup:
                await WarmupAsync(day, cancellationToken).ConfigureAwait(false);
                break;
            case TimelineEvent.Entry when day.Timeline is { } timeline:
                await EnterAsync(day, timeline, manual: false, cancellationToken).ConfigureAwait(false);
                break;
            case TimelineEvent.Deadline:
                if (!day.EntryAttempted && !day.Board.IsFinished)
                {
                    await NoTradeAsync(day, FirstOpenPhase(day), "missed the entry window", urgent: false, cancellationToken).ConfigureAwait(false);
                }

                break;
            case TimelineEvent.TimeExit:
                break;
            case TimelineEvent.EndOfDay:
                await EndOfDayAsync(day, cancellationToken).ConfigureAwait(false);
                break;
        }

        return CommandOutcome.Done($"{tick.Event} handled.");
    }

    /// <summary>The first phase not finished (running or still waiting): where a day that ends now stopped.</summary>
    private static EntryPhase FirstOpenPhase(TradingDay day) =>
        day.Board.Phases.FirstOrDefault(p => p.Status is PhaseStatus.Waiting or PhaseStatus.Running)?.Phase ?? EntryPhase.Wait;

    /// <summary>Changes the day's board and publishes every phase that changed (event + log line).</summary>
    private void SetBoard(TradingDay day, Func<PhaseBoard, PhaseBoard> change)
    {
        var before = day.Board;
        day.Board = change(before);
        var at = _time.GetUtcNow();
        foreach (var phase in day.Board.Phases)
        {
            if (phase != before[phase.Phase])
            {
                LogPhase(_logger, Mode, day.Date, phase.Phase, phase.Status, phase.Message);
                Events.Publish(new PhaseChanged(Mode, at, phase));
            }
        }

        Publish(day);
    }

    private void StartPhase(TradingDay day, EntryPhase phase, string message)
    {
        if (!day.Board.IsFinished && day.Board[phase].Status == PhaseStatus.Waiting)
        {
            SetBoard(day, b => b.Start(phase, _time.GetUtcNow(), message));
        }
    }

    private void ReportPhase(TradingDay day, EntryPhase phase, string message)
    {
        if (day.Board[phase].Status == PhaseStatus.Running)
        {
            SetBoard(day, b => b.Report(phase, message));
        }
    }

    private void CompletePhase(TradingDay day, EntryPhase phase, string message)
    {
        if (day.Board[phase].Status == PhaseStatus.Running)
        {
            SetBoard(day, b => b.Complete(phase, _time.GetUtcNow(), message));
        }
    }

    /// <summary>
    /// No trade today: fails <paramref name="phase"/> with the reason, records the decision, the journal's session
    /// state and an audit line, publishes the NoTrade event (and an urgent alert when the owner must look).
    /// </summary>
    private async Task NoTradeAsync(TradingDay day, EntryPhase phase, string reason, bool urgent, CancellationToken cancellationToken)
    {
        if (day.NoTradeRecorded)
        {
            return;
        }

        day.NoTradeRecorded = true;
        if (!day.Board.IsFinished)
        {
            SetBoard(day, b => b.Fail(phase, _time.GetUtcNow(), reason));
        }

        day.Decision = (day.Decision ?? DayDecision.NoTrade(day.Date, reason)) with { NoTradeReason = reason };
        LogNoTrade(_logger, Mode, day.Date, reason);
        await _journal.SaveSessionAsync(new SessionState(day.Date, phase.ToString(), reason), cancellationToken).ConfigureAwait(false);
        await AuditAsync(AuditActor.Engine, AuditKind.Decision, $"No trade on {day.Date:yyyy-MM-dd}: {reason}", cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        Events.Publish(new NoTrade(Mode, now, day.Date, reason));
        if (urgent)
        {
            await AlertAsync($"No trade on {day.Date:yyyy-MM-dd}: {reason}", cancellationToken).ConfigureAwait(false);
        }

        Publish(day); // last: a reader of the snapshot that sees the reason finds the journal and the events done too
    }

    /// <summary>An urgent alert: snapshot, event, audit, log (until notifications exist, the log is the alert channel).</summary>
    private async Task AlertAsync(string message, CancellationToken cancellationToken, long? tradeId = null)
    {
        var now = _time.GetUtcNow();
        Update(s => s.WithAlert(new EngineAlert(now, Urgent: true, message)));
        Events.Publish(new UrgentAlert(Mode, now, message));
        LogUrgent(_logger, Mode, message);
        await AuditAsync(AuditActor.Engine, AuditKind.Error, $"URGENT: {message}", cancellationToken, tradeId: tradeId).ConfigureAwait(false);
    }

    /// <summary>A notice (not urgent): snapshot and log.</summary>
    private void Notice(string message)
    {
        var now = _time.GetUtcNow();
        Update(s => s.WithAlert(new EngineAlert(now, Urgent: false, message)));
        LogNotice(_logger, Mode, message);
    }

    /// <summary>Copies the day's state into the snapshot.</summary>
    private void Publish(TradingDay day) => Update(s => s with
    {
        SessionDate = day.Date,
        Phases = day.Board,
        Decision = day.Decision,
        Position = PositionViewOf(day),
        WorkingOrders = WorkingOrdersOf(day),
    });
}
