using Condor.Engine.Journal;

namespace Condor.Engine.Notifications;

/// <summary>
/// Where the owner's phone commands go: the engine implements it (posting its own pause/resume/kill commands, which
/// it journals when it accepts them). <paramref name="command"/> is one of <see cref="OwnerBotCommands"/>'s names.
/// </summary>
internal interface IOwnerCommandSink
{
    /// <summary>Posts the command to the engine and returns its outcome as a line for the owner.</summary>
    Task<string> PostAsync(string command, AuditActor actor, CancellationToken cancellationToken);
}
