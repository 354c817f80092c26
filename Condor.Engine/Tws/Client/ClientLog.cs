using Microsoft.Extensions.Logging;

namespace Condor.Engine.Tws.Client;

/// <summary>Log messages of the TWS client layer (source-generated).</summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "TWS message id {MessageId} is unknown; skipped. Bytes: {Hex}")]
    public static partial void UnknownMessage(ILogger logger, string messageId, string hex);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "TWS message id {MessageId} is malformed ({Reason}); skipped. Bytes: {Hex}")]
    public static partial void MalformedMessage(ILogger logger, string messageId, string reason, string hex);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "Dispatching a TWS message failed; skipped. Bytes: {Hex}")]
    public static partial void DispatchFailed(ILogger logger, string hex, Exception exception);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "TWS subscription {Id} failed with error {Code}: {Message}")]
    public static partial void SubscriptionFailed(ILogger logger, int id, int code, string message);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "TWS re-sending {Count} subscriptions ({Reason})")]
    public static partial void Resubscribing(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Information, Message = "TWS order {OrderId}: code {Code} ({ErrorClass}): {Message}")]
    public static partial void OrderMessage(ILogger logger, int orderId, int code, Condor.Engine.Tws.Transport.TwsErrorClass errorClass, string message);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "TWS background send failed ({What}): {Error}")]
    public static partial void BackgroundSendFailed(ILogger logger, string what, string error);
}
