using Microsoft.Extensions.Logging;

namespace Condor.Engine.Tws.Transport;

/// <summary>Log messages of the TWS transport (source-generated).</summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "TWS connection {Previous} -> {Current}: {Reason}")]
    public static partial void StateChanged(ILogger logger, ConnectionState previous, ConnectionState current, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "TWS protocol violation, disconnecting: {Detail}")]
    public static partial void ProtocolViolation(ILogger logger, string detail);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "TWS connection lost: {Detail}")]
    public static partial void ConnectionLost(ILogger logger, string detail, Exception? exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "TWS reconnect attempt {Attempt} failed ({Error}); next attempt in {Delay}")]
    public static partial void ReconnectRetry(ILogger logger, int attempt, string error, TimeSpan delay);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "A TWS connection state handler threw")]
    public static partial void StateHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "TWS gateway error {Code} for id {Id} matches no live request ({Class}): {Message}")]
    public static partial void UnmatchedGatewayError(ILogger logger, int id, int code, TwsErrorClass @class, string message);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "TWS response for id {Id} matches no live request; dropped")]
    public static partial void UnmatchedResponse(ILogger logger, int id);

    [LoggerMessage(EventId = 3008, Message = "TWS gateway message {Code} ({Class}) for id {Id}: {Message}")]
    public static partial void GatewayMessage(ILogger logger, LogLevel level, int id, int code, TwsErrorClass @class, string message);
}
