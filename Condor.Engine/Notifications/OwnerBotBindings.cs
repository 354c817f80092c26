namespace Condor.Engine.Notifications;

/// <summary>
/// What the phone bot needs from the engine: the command sink and two read-outs of its snapshot. The engine registers
/// one of these in DI; without it the Telegram command poller does not run.
/// </summary>
internal sealed record OwnerBotBindings(IOwnerCommandSink Commands, Func<string> Status, Func<string> Pnl);
