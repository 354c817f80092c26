namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Something the order side wants the owner to know, returned to the engine (which publishes it on its event stream,
/// logs it and, later, notifies). <see cref="Code"/> is a stable key (e.g. "exit-rejected"); the message is for people.
/// </summary>
internal sealed record OrderAlert(DateTimeOffset At, OrderAlertSeverity Severity, string Code, string Message, long? TradeId = null)
{
    public bool IsUrgent => Severity == OrderAlertSeverity.Urgent;
}
