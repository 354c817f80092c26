using System.Threading.Channels;

namespace Condor.Engine.Execution.Commands;

/// <summary>
/// The engine's inbox: everything that changes trading state — commands from outside and the engine's own timer
/// ticks — goes through here and is handled one item at a time, in order, by one reader (the engine's loop). A
/// poster awaits the handler's outcome; a handler that throws fails only that post, never the loop.
/// Unbounded, so a post never blocks the poster; after <see cref="Complete"/> posts are answered as refused.
/// </summary>
internal sealed class EngineInbox<TItem>
    where TItem : class
{
    // SingleReader stays false: the single-reader channel cannot count its items (Pending).
    private readonly Channel<Envelope> _items = Channel.CreateUnbounded<Envelope>(
        new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });

    /// <summary>Items posted and not yet handled.</summary>
    public int Pending => _items.Reader.Count;

    /// <summary>
    /// Queues an item; the task completes with the handler's outcome once the loop has handled it, or at once
    /// as refused when the inbox is closed (the engine is stopping).
    /// </summary>
    public Task<CommandOutcome> PostAsync(TItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var envelope = new Envelope(item, new TaskCompletionSource<CommandOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _items.Writer.TryWrite(envelope)
            ? envelope.Outcome.Task
            : Task.FromResult(CommandOutcome.Refused("The engine is stopping: no more commands are taken."));
    }

    /// <summary>Stops taking items; the loop ends once the queued ones are handled.</summary>
    public void Complete() => _items.Writer.TryComplete();

    /// <summary>
    /// Handles items one at a time until the inbox is completed and drained, or <paramref name="cancellationToken"/>
    /// fires (items still queued then are answered as refused, never left hanging).
    /// </summary>
    public async Task RunAsync(Func<TItem, CancellationToken, Task<CommandOutcome>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        try
        {
            await foreach (var envelope in _items.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await HandleOneAsync(handle, envelope, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Complete();
            while (_items.Reader.TryRead(out var left))
            {
                left.Outcome.TrySetResult(CommandOutcome.Refused("The engine stopped before handling it."));
            }
        }
    }

    private static async Task HandleOneAsync(
        Func<TItem, CancellationToken, Task<CommandOutcome>> handle, Envelope envelope, CancellationToken cancellationToken)
    {
        try
        {
            envelope.Outcome.TrySetResult(await handle(envelope.Item, cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            envelope.Outcome.TrySetResult(CommandOutcome.Refused("The engine stopped while handling it."));
            throw;
        }
#pragma warning disable CA1031 // one failing item must not stop the one writer; the poster gets the exception
        catch (Exception exception)
#pragma warning restore CA1031
        {
            envelope.Outcome.TrySetException(exception);
        }
    }

    private sealed record Envelope(TItem Item, TaskCompletionSource<CommandOutcome> Outcome);
}
