using Condor.Engine.Configuration;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Orders;

/// <summary>The order side's log lines (every decision and alert as a clear line: the log is the alert channel for now).</summary>
internal static partial class OrdersLog
{
    public static void Alert(ILogger logger, OrderAlertSeverity severity, string code, TradingMode mode, string message)
    {
        switch (severity)
        {
            case OrderAlertSeverity.Urgent:
                Urgent(logger, mode, code, message);
                break;
            case OrderAlertSeverity.Warning:
                Warning(logger, mode, code, message);
                break;
            default:
                Info(logger, mode, code, message);
                break;
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "[{Mode}] Order action: {Message}")]
    public static partial void Action(ILogger logger, TradingMode mode, string message);

    [LoggerMessage(EventId = 4210, Level = LogLevel.Information, Message = "[{Mode}] {Code}: {Message}")]
    private static partial void Info(ILogger logger, TradingMode mode, string code, string message);

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning, Message = "[{Mode}] ALERT {Code}: {Message}")]
    private static partial void Warning(ILogger logger, TradingMode mode, string code, string message);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Critical, Message = "[{Mode}] URGENT {Code}: {Message}")]
    private static partial void Urgent(ILogger logger, TradingMode mode, string code, string message);
}
