using Condor.Engine.Execution.Commands;
using Condor.Engine.Journal;

namespace Condor.Tests.Execution.Commands;

public sealed class EngineInboxTests
{
    [Fact]
    public async Task RunAsync_ManyPostersAtOnce_HandledOneAtATimeInPostOrder()
    {
        var inbox = new EngineInbox<EngineCommand>();
        var handled = new List<int>();
        var inside = 0;
        var overlap = false;
        var posts = Enumerable.Range(0, 50)
            .Select(i => inbox.PostAsync(i % 2 == 0 ? new WarmupCommand((AuditActor)(i % 4)) : new EnterNowCommand(AuditActor.OwnerWeb)))
            .ToList();
        var number = 0;
        inbox.Complete();

        await inbox.RunAsync(async (command, ct) =>
        {
            overlap |= Interlocked.Increment(ref inside) > 1;
            await Task.Yield();
            handled.Add(number++);
            Interlocked.Decrement(ref inside);
            return CommandOutcome.Done(command.Name);
        }, CancellationToken.None);

        Assert.False(overlap);
        Assert.Equal(Enumerable.Range(0, 50), handled);
        var outcomes = await Task.WhenAll(posts);
        Assert.Equal("Warmup", outcomes[0].Message);
        Assert.Equal("EnterNow", outcomes[1].Message);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_OnlyThatPostFailsAndTheLoopGoesOn()
    {
        var inbox = new EngineInbox<EngineCommand>();
        var first = inbox.PostAsync(new WarmupCommand(AuditActor.Schedule));
        var second = inbox.PostAsync(new EnterNowCommand(AuditActor.OwnerWeb));
        inbox.Complete();

        await inbox.RunAsync((command, _) => command is WarmupCommand
            ? throw new InvalidOperationException("gateway refused")
            : Task.FromResult(CommandOutcome.Done("entered")), CancellationToken.None);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.Equal("gateway refused", failure.Message);
        Assert.Equal(CommandOutcome.Done("entered"), await second);
    }

    [Fact]
    public async Task RunAsync_Cancelled_QueuedPostsRefusedNotLeftHanging()
    {
        var inbox = new EngineInbox<EngineCommand>();
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = inbox.PostAsync(new WarmupCommand(AuditActor.Schedule));
        var queued = inbox.PostAsync(new EnterNowCommand(AuditActor.OwnerWeb));

        var loop = inbox.RunAsync(async (_, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return CommandOutcome.Done("never");
        }, stop.Token);
        await started.Task;
        await stop.CancelAsync();
        await loop;

        Assert.False((await running).Accepted);
        Assert.Equal(CommandOutcome.Refused("The engine stopped before handling it."), await queued);
        Assert.False((await inbox.PostAsync(new WarmupCommand(AuditActor.Schedule))).Accepted);
    }

    [Fact]
    public async Task PostAsync_AfterComplete_RefusedAtOnce()
    {
        var inbox = new EngineInbox<EngineCommand>();
        inbox.Complete();

        var outcome = await inbox.PostAsync(new WarmupCommand(AuditActor.Schedule));
        Assert.False(outcome.Accepted);
        Assert.Contains("stopping", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pending_PostedNotHandled_Counted()
    {
        var inbox = new EngineInbox<EngineCommand>();
        _ = inbox.PostAsync(new WarmupCommand(AuditActor.Schedule));
        _ = inbox.PostAsync(new WarmupCommand(AuditActor.Schedule));

        Assert.Equal(2, inbox.Pending);
    }
}
