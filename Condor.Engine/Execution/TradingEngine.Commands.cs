using Condor.Engine.Configuration;
using Condor.Engine.Execution.Commands;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution;

/// <summary>
/// Commands from outside the engine's timeline (jobs, dashboard, bots): each is audited with its actor before it
/// is acted on, and its outcome too. Warmup warms up the current session now; EnterNow runs the entry now (Paper,
/// Experiment, Simulated at any time; Live only inside the entry window).
/// </summary>
internal sealed partial class TradingEngine
{
    private async Task<CommandOutcome> HandleCommandAsync(EngineCommand command, CancellationToken cancellationToken)
    {
        await AuditAsync(command.Actor, AuditKind.Command, $"{command.Name} requested", cancellationToken).ConfigureAwait(false);
        var outcome = command switch
        {
            WarmupCommand => await WarmupNowAsync(cancellationToken).ConfigureAwait(false),
            EnterNowCommand => await EnterNowAsync(cancellationToken).ConfigureAwait(false),
            _ => await HandleSafetyCommandAsync(command, cancellationToken).ConfigureAwait(false)
                ?? CommandOutcome.Refused($"The engine does not know the command {command.Name}."),
        };
        await AuditAsync(
            command.Actor,
            AuditKind.Command,
            $"{command.Name} {(outcome.Accepted ? "done" : "refused")}: {outcome.Message}",
            cancellationToken).ConfigureAwait(false);
        LogCommand(_logger, Mode, command.Name, command.Actor, outcome.Accepted, outcome.Message);
        return outcome;
    }

    private async Task<CommandOutcome> WarmupNowAsync(CancellationToken cancellationToken)
    {
        var day = CurrentDay();
        if (day.Timeline is null)
        {
            return CommandOutcome.Refused($"No session on {day.Date:yyyy-MM-dd}: the exchange is closed.");
        }

        await WarmupAsync(day, cancellationToken).ConfigureAwait(false);
        return day.Warm is not null
            ? CommandOutcome.Done($"Warmed up for {day.Date:yyyy-MM-dd}.")
            : CommandOutcome.Refused(day.Board[Phases.EntryPhase.Connect].Message);
    }

    private async Task<CommandOutcome> EnterNowAsync(CancellationToken cancellationToken)
    {
        var day = CurrentDay();
        var now = _time.GetUtcNow();
        if (day.Timeline is not { } timeline)
        {
            return CommandOutcome.Refused($"No session on {day.Date:yyyy-MM-dd}: the exchange is closed.");
        }

        if (Mode == TradingMode.Live && timeline.StageAt(now) != SessionStage.EntryWindow)
        {
            return CommandOutcome.Refused(
                $"Live mode enters only inside the entry window ({timeline.Entry:HH:mm:ss}–{timeline.Deadline:HH:mm:ss} ET).");
        }

        if (day.EntryAttempted)
        {
            return CommandOutcome.Refused("The entry already ran this session: at most one trade per session.");
        }

        if (day.Board.IsFinished)
        {
            // A rehearsal's manual entry after the day ended without an attempt (missed window, a failed warm-up):
            // a fresh board; the one-trade guards still apply.
            Notice($"EnterNow: the day's phases start again (they ended with: {day.Decision?.NoTradeReason ?? "-"})");
            day.Board = Phases.PhaseBoard.Fresh;
            day.Decision = null;
            day.NoTradeRecorded = false;
            Publish(day);
        }

        await EnterAsync(day, timeline, manual: true, cancellationToken).ConfigureAwait(false);
        return day.Decision?.NoTradeReason is { } reason
            ? CommandOutcome.Refused($"No trade: {reason}")
            : CommandOutcome.Done(day.Board[Phases.EntryPhase.Protect].Message is { Length: > 0 } m ? m : "Entry made.");
    }

    private Task AuditAsync(AuditActor actor, AuditKind kind, string message, CancellationToken cancellationToken, string? detail = null, long? tradeId = null) =>
        _journal.AppendAuditAsync(new AuditEntry(actor, kind, $"[{Mode}] {message}", detail, tradeId), cancellationToken);
}
