using System.Collections.Concurrent;
using Condor.Engine.Journal;
using Condor.Engine.Notifications;

namespace Condor.Tests.Notifications;

/// <summary>A command sink that records what the bot posted and answers "accepted".</summary>
internal sealed class RecordingCommandSink : IOwnerCommandSink
{
    public ConcurrentQueue<(string Command, AuditActor Actor)> Posted { get; } = new();

    public Task<string> PostAsync(string command, AuditActor actor, CancellationToken cancellationToken)
    {
        Posted.Enqueue((command, actor));
        return Task.FromResult($"{command} accepted");
    }

    public OwnerBotBindings Bindings() => new(this, () => "Status: armed, phase 3", () => "P/L: +$12.00");
}
