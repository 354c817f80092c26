using Condor.Engine.Configuration;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Journal;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution;

/// <summary>The engine's log lines: every decision and alert is one (until notifications exist, the log is the alert channel).</summary>
internal sealed partial class TradingEngine
{
    [LoggerMessage(Level = LogLevel.Information, Message = "[{Mode}] Connected to the gateway (server version {ServerVersion}, accounts {Accounts})")]
    private static partial void LogConnected(ILogger logger, TradingMode mode, int serverVersion, string accounts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not connect to the gateway (attempt {Attempts}); next try in {PauseSeconds} s")]
    private static partial void LogConnectFailed(ILogger logger, int attempts, double pauseSeconds, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway connection {State}: {Reason}; reconnecting")]
    private static partial void LogConnectionLost(ILogger logger, ConnectionState state, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Condor:Schedule:Enabled is false: the engine arms no session (commands still work)")]
    private static partial void LogScheduleDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "[{Mode}] Timer {Event} of {Date:yyyy-MM-dd} (due {DueAt:O}, catch-up {CatchUp})")]
    private static partial void LogTick(ILogger logger, TradingMode mode, TimelineEvent @event, DateOnly date, DateTimeOffset dueAt, bool catchUp);

    [LoggerMessage(Level = LogLevel.Information, Message = "[{Mode}] {Date:yyyy-MM-dd} phase {Phase}: {Status} — {Message}")]
    private static partial void LogPhase(ILogger logger, TradingMode mode, DateOnly date, EntryPhase phase, PhaseStatus status, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "[{Mode}] NO TRADE on {Date:yyyy-MM-dd}: {Reason}")]
    private static partial void LogNoTrade(ILogger logger, TradingMode mode, DateOnly date, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "[{Mode}] URGENT: {Message}")]
    private static partial void LogUrgent(ILogger logger, TradingMode mode, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "[{Mode}] {Message}")]
    private static partial void LogNotice(ILogger logger, TradingMode mode, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "[{Mode}] Command {Command} from {Actor}: accepted {Accepted} — {Outcome}")]
    private static partial void LogCommand(ILogger logger, TradingMode mode, string command, AuditActor actor, bool accepted, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "[{Mode}] Warm-up for {Date:yyyy-MM-dd} failed; the entry retries it")]
    private static partial void LogWarmupFailed(ILogger logger, TradingMode mode, DateOnly date, Exception error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "[{Mode}] The engine's {Part} stopped")]
    private static partial void LogPartCrashed(ILogger logger, TradingMode mode, string part, Exception error);
}
