using Condor.Engine.Execution.Commands;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Reconciliation;
using Condor.Engine.Execution.Safety;
using Condor.Engine.Journal;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution;

/// <summary>
/// Issue 13 on the engine's loop: the kill switch (<see cref="KillSwitch"/>; accepted while disconnected, executed on
/// reconnect), pause and resume (<see cref="PauseSwitch"/>), and reconciliation (<see cref="Reconciler"/>) after every
/// connection — posted to the loop when the connection is up and, at the latest, run by the entry's guards before
/// any order — obeying <see cref="ReconciliationPlan.MayEnter"/>, its alerts published (each situation once a session).
/// </summary>
internal sealed partial class TradingEngine
{
    private readonly HashSet<string> _toldReconciliationKeys = new(StringComparer.Ordinal);
    private int _connections;
    private int _reconciledConnection;
    private bool _reconcileMayEnter = true;
    private string _reconcileWhy = string.Empty;

    private SafetyOptions SafetyOptions => _settings.Safety ?? new SafetyOptions();

    private async Task<CommandOutcome?> HandleSafetyCommandAsync(EngineCommand command, CancellationToken cancellationToken) => command switch
    {
        KillCommand => await KillAsync(command.Actor, cancellationToken).ConfigureAwait(false),
        PauseCommand => await new PauseSwitch(_journal, _time).PauseAsync(command.Actor, cancellationToken).ConfigureAwait(false)
            ? await PublishSafetyAsync(CommandOutcome.Done("Paused: future entries are skipped until resumed; an open position is not touched."), cancellationToken).ConfigureAwait(false)
            : CommandOutcome.Done("Already paused: nothing changed."),
        ResumeCommand => await new PauseSwitch(_journal, _time).ResumeAsync(command.Actor, cancellationToken).ConfigureAwait(false)
            ? await PublishSafetyAsync(CommandOutcome.Done("Resumed: entries are taken again."), cancellationToken).ConfigureAwait(false)
            : CommandOutcome.Done("Not paused: nothing changed."),
        ReconcileCommand => await ReconcileAsync(cancellationToken).ConfigureAwait(false),
        _ => null,
    };

    private async Task<CommandOutcome> KillAsync(AuditActor actor, CancellationToken cancellationToken)
    {
        var day = CurrentDay();
        var legs = day.Position?.Legs;
        var book = day.Warm;
        var request = new KillRequest(
            day.Date, actor, legs, legs is null || book is null ? null : _ => ValueTask.FromResult(book.Current(legs.Condor)), _account);
        var result = await new KillSwitch(OrderContext, SafetyOptions).PressAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == KillOutcome.Done && day.Position is not null)
        {
            StopWatch(day);
            day.Position = null;
            day.Bracket = null;
            day.Closing = false;
        }

        await RaiseAsync(result.Alerts, cancellationToken).ConfigureAwait(false);
        Publish(day);
        var outcome = result.Outcome == KillOutcome.Incomplete ? CommandOutcome.Refused(result.Message) : CommandOutcome.Done(result.Message);
        return await PublishSafetyAsync(outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The kill switch's and the pause's state into the snapshot.</summary>
    private async Task<CommandOutcome> PublishSafetyAsync(CommandOutcome outcome, CancellationToken cancellationToken)
    {
        var date = CurrentDay().Date;
        var kill = await _journal.GetEngineFlagAsync(KillSwitch.FlagKey(date), cancellationToken).ConfigureAwait(false);
        var paused = await new PauseSwitch(_journal, _time).IsPausedAsync(cancellationToken).ConfigureAwait(false);
        Update(s => s with { KillSwitch = kill, Paused = paused });
        return outcome;
    }

    /// <summary>After each connection (on the loop): reconcile, then run a kill that was accepted while disconnected.</summary>
    private async Task<CommandOutcome> AfterConnectAsync(CancellationToken cancellationToken)
    {
        var reconciled = await ReconcileAsync(cancellationToken).ConfigureAwait(false);
        var day = CurrentDay();
        if (await new KillSwitch(OrderContext, SafetyOptions).IsPendingAsync(day.Date, cancellationToken).ConfigureAwait(false))
        {
            return await KillAsync(AuditActor.Engine, cancellationToken).ConfigureAwait(false);
        }

        await PublishSafetyAsync(reconciled, cancellationToken).ConfigureAwait(false);
        return reconciled;
    }

    private async Task<CommandOutcome> ReconcileAsync(CancellationToken cancellationToken)
    {
        var day = CurrentDay();
        if (day.Timeline is not { } timeline)
        {
            return CommandOutcome.Done($"No session on {day.Date:yyyy-MM-dd}: nothing to reconcile.");
        }

        if (_broker.State != ConnectionState.Connected)
        {
            return CommandOutcome.Refused("Not connected: reconciliation runs once the gateway is back.");
        }

        var connection = Volatile.Read(ref _connections);
        var outcome = await Reconciler.RunAsync(
            _broker, _journal, day.Date, _settings.Broker.ClientId, _time, ExitReattach.Bind(OrderContext, timeline.Session, _account), cancellationToken).ConfigureAwait(false);
        _reconciledConnection = connection;
        _reconcileMayEnter = outcome.Plan.MayEnter;
        _reconcileWhy = outcome.Plan.Rule.Reason;
        foreach (var alert in outcome.Alerts)
        {
            if (alert.Level == AlertLevel.None || !_toldReconciliationKeys.Add($"{day.Date:yyyyMMdd}:{alert.Key}"))
            {
                continue;
            }

            if (alert.Level == AlertLevel.Urgent)
            {
                await AlertAsync("Reconciliation: " + alert.Text, cancellationToken, outcome.Trade?.Id).ConfigureAwait(false);
            }
            else
            {
                Notice("Reconciliation: " + alert.Text);
            }
        }

        var message = Text($"Reconciled: {outcome.Plan.Action}, {outcome.AdoptedFills} fill(s) adopted, {outcome.AdoptedOrderFacts} order fact(s) adopted{(outcome.Repair is { } r ? ", exits: " + r.Detail : string.Empty)}; entry {(outcome.Plan.MayEnter ? "allowed" : "not allowed")}");
        await AuditAsync(AuditActor.Reconciliation, AuditKind.Decision, message, cancellationToken, tradeId: outcome.Trade?.Id).ConfigureAwait(false);
        return CommandOutcome.Done(message);
    }

    /// <summary>The entry's safety guards (on the loop, before any order): kill, pause, reconciliation first and its verdict.</summary>
    private async Task<bool> SafetyRefusesEntryAsync(TradingDay day, CancellationToken cancellationToken)
    {
        if (await new KillSwitch(OrderContext, SafetyOptions).IsKilledAsync(day.Date, cancellationToken).ConfigureAwait(false))
        {
            await NoTradeAsync(day, EntryPhase.Wait, "the kill switch was pressed this session: no entry", urgent: false, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (await new PauseSwitch(_journal, _time).IsPausedAsync(cancellationToken).ConfigureAwait(false))
        {
            await NoTradeAsync(day, EntryPhase.Wait, "paused: entries are skipped until resumed", urgent: false, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (_reconciledConnection != Volatile.Read(ref _connections))
        {
            await ReconcileAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!_reconcileMayEnter)
        {
            await NoTradeAsync(day, EntryPhase.Wait, $"reconciliation does not allow an entry this session ({_reconcileWhy})", urgent: true, cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>Called by the connection supervisor once connected: counts the connection and hands the follow-up to the loop.</summary>
    private void OnConnectedForSafety()
    {
        Interlocked.Increment(ref _connections);
        _ = RunOnLoopAsync(AfterConnectAsync);
    }
}
