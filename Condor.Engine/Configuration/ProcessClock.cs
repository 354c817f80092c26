using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// The one clock of the process, chosen by <c>Condor:Mode</c>: <c>Live</c>, <c>Paper</c> and <c>Experiment</c> run on
/// the system clock (IB keeps real time); <c>Simulated</c> runs on the rehearsal clock (<c>Condor:Clock</c>), which
/// the built-in simulator shares. The DI container's <see cref="TimeProvider"/> is <see cref="Time"/>.
/// </summary>
internal sealed partial class ProcessClock : IDisposable
{
    private readonly VirtualClock? _rehearsal;

    public ProcessClock(IOptions<CondorOptions> condor, IOptions<ClockOptions> clock, ExchangeCalendar calendar, ILogger<ProcessClock> logger)
        : this(condor.Value.Mode, clock.Value, calendar, TimeProvider.System, logger)
    {
    }

    /// <param name="wall">The real clock (the system clock; tests pass a fake).</param>
    public ProcessClock(TradingMode mode, ClockOptions clock, ExchangeCalendar calendar, TimeProvider wall, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(wall);
        if (mode != TradingMode.Simulated)
        {
            Time = wall;
            return;
        }

        var anchor = RehearsalAnchor.Resolve(clock.StartInstant(), clock.Speed, clock.StartedAtInstant(), wall.GetUtcNow(), calendar);
        Anchor = anchor;
        _rehearsal = anchor.CreateClock(wall);
        Time = _rehearsal;
        LogRehearsal(logger, anchor.Start, anchor.Speed, anchor.StartedAtUtc);
    }

    /// <summary>The clock everything in the process reads.</summary>
    public TimeProvider Time { get; }

    /// <summary>The rehearsal clock in Simulated mode (the same instance as <see cref="Time"/>); null otherwise.</summary>
    public VirtualClock? Rehearsal => _rehearsal;

    /// <summary>The rehearsal clock's anchor in Simulated mode; null otherwise.</summary>
    public RehearsalAnchor? Anchor { get; }

    public void Dispose() => _rehearsal?.Dispose();

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Rehearsal clock: Condor:Clock:Start {Start:O}, Speed {Speed}x, StartedAtUtc {StartedAtUtc:O} (set Condor:Clock:StartedAtUtc to this value to continue the same virtual day after a restart)")]
    private static partial void LogRehearsal(ILogger logger, DateTimeOffset start, double speed, DateTimeOffset startedAtUtc);
}
