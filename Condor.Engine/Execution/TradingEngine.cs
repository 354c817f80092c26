using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Execution.Commands;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution;

/// <summary>
/// The trading engine: the one writer of trading state (DESIGN.md section 3). Commands from outside
/// (<see cref="PostAsync"/>) and its own timeline's ticks go through one inbox and are handled one at a time; the
/// state they change is published as an immutable <see cref="Snapshot"/> and as <see cref="Events"/>. It owns the
/// broker connection in every mode. An instance holds all its state: several engines run in one process.
/// </summary>
internal sealed partial class TradingEngine
{
    private readonly IBrokerGateway _broker;
    private readonly IJournal _journal;
    private readonly TimeProvider _time;
    private readonly ExchangeCalendar _calendar;
    private readonly EngineSettings _settings;
    private readonly ILogger _logger;
    private readonly EngineInbox<EngineWork> _inbox = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _snapshotLock = new();
    private EngineSnapshot _snapshot;

    public TradingEngine(
        IBrokerGateway broker, IJournal journal, TimeProvider time, ExchangeCalendar calendar, EngineSettings settings, ILogger<TradingEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(logger);
        _broker = broker;
        _journal = journal;
        _time = time;
        _calendar = calendar;
        _settings = settings;
        _logger = logger;
        _snapshot = EngineSnapshot.Initial(settings.Mode, time.GetUtcNow());
    }

    public TradingMode Mode => _settings.Mode;

    /// <summary>The latest state, immutable; its <see cref="EngineSnapshot.Now"/> is refreshed on every read.</summary>
    public EngineSnapshot Snapshot => Volatile.Read(ref _snapshot) with { Now = _time.GetUtcNow() };

    /// <summary>The engine's event stream: subscribe, read, dispose.</summary>
    public EngineEvents Events { get; } = new();

    /// <summary>Posts a command to the engine's loop; completes with its outcome once handled (refused once the engine stopped).</summary>
    public Task<CommandOutcome> PostAsync(EngineCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return _inbox.PostAsync(new EngineWork.Command(command));
    }

    /// <summary>
    /// Runs the engine until <paramref name="cancellationToken"/> fires: the broker connection, the timeline (each
    /// tick handled through the inbox, in order with the commands) and the inbox loop.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loop = _inbox.RunAsync(HandleAsync, stopping.Token);
        Task[] background =
        [
            GuardAsync("connection", SuperviseConnectionAsync(stopping.Token), stopping.Token),
            GuardAsync("broker events", PumpBrokerEventsAsync(stopping.Token), stopping.Token),
            GuardAsync("timeline", RunTimelineAsync(stopping.Token), stopping.Token),
        ];
        try
        {
            await loop.ConfigureAwait(false);
        }
        finally
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            _inbox.Complete();
            await Task.WhenAll(background).ConfigureAwait(false);
            _day?.WatchStop?.Cancel();
            if (_day?.Warm is { } book)
            {
                await book.DisposeAsync().ConfigureAwait(false);
            }

            await DisconnectQuietlyAsync().ConfigureAwait(false);
            Events.Complete();
        }
    }

    private async Task DisconnectQuietlyAsync()
    {
        try
        {
            await _broker.DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // stopping: a failing disconnect changes nothing
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Completes the first connection attempt at start-up (connected or not), so the host can start after it.</summary>
    public Task FirstConnectAttempt => _firstAttempt.Task;

    /// <summary>Awaits a background part of the engine; a crash is logged as critical and alerted, never silent.</summary>
    private async Task GuardAsync(string part, Task task, CancellationToken stopping)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // a crashed part is reported; the loop keeps answering commands
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogPartCrashed(_logger, Mode, part, e);
            var now = _time.GetUtcNow();
            var message = $"The engine's {part} stopped: {e.Message}";
            Update(s => s.WithAlert(new EngineAlert(now, Urgent: true, message)));
            Events.Publish(new UrgentAlert(Mode, now, message));
        }
    }

    private async Task RunTimelineAsync(CancellationToken cancellationToken)
    {
        if (!_settings.Schedule.Enabled)
        {
            LogScheduleDisabled(_logger);
            return;
        }

        var driver = new TimelineDriver(_time, _calendar, _settings.Strategy, _settings.Schedule);
        await driver.RunAsync(
            async (tick, ct) => await _inbox.PostAsync(new EngineWork.Tick(tick)).WaitAsync(ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    private Task<CommandOutcome> HandleAsync(EngineWork work, CancellationToken cancellationToken) => work switch
    {
        EngineWork.Command command => HandleCommandAsync(command.Value, cancellationToken),
        EngineWork.Tick tick => HandleTickAsync(tick.Value, cancellationToken),
        EngineWork.Step step => step.Run(cancellationToken),
        _ => throw new InvalidOperationException($"Unknown engine work {work}."),
    };

    /// <summary>Runs <paramref name="step"/> on the engine's loop (from a background watcher), one at a time with everything else.</summary>
    private Task<CommandOutcome> RunOnLoopAsync(Func<CancellationToken, Task<CommandOutcome>> step) =>
        _inbox.PostAsync(new EngineWork.Step(step));

    /// <summary>Replaces the snapshot (only the loop calls this).</summary>
    private void Update(Func<EngineSnapshot, EngineSnapshot> change)
    {
        lock (_snapshotLock)
        {
            Volatile.Write(ref _snapshot, change(_snapshot) with { Now = _time.GetUtcNow() });
        }
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>What goes through the inbox: a command, a timeline tick, or a step a background watcher hands to the loop.</summary>
    private abstract record EngineWork
    {
        public sealed record Command(EngineCommand Value) : EngineWork;

        public sealed record Tick(TimelineTick Value) : EngineWork;

        public sealed record Step(Func<CancellationToken, Task<CommandOutcome>> Run) : EngineWork;
    }
}
