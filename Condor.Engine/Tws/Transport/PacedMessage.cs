using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// One encoded frame waiting in the <see cref="OutgoingPacer"/>. Its <see cref="Sent"/> task completes when the
/// frame is on the socket, is cancelled if the caller cancels while it is still queued, and fails if the
/// connection drops first. Once the pacer hands it to the writer it is committed: cancellation no longer
/// applies (a caller must never believe an order was not sent when it was).
/// </summary>
internal sealed class PacedMessage
{
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _registration;

    public PacedMessage(byte[] frame, MessagePriority priority, long sequence)
    {
        Frame = frame;
        Priority = priority;
        Sequence = sequence;
    }

    public byte[] Frame { get; }

    public MessagePriority Priority { get; }

    /// <summary>Enqueue order across all priorities (for diagnostics).</summary>
    public long Sequence { get; }

    public Task Sent => _sent.Task;

    public bool IsAbandoned => _sent.Task.IsCompleted;

    public void AttachCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.Register(
                static state =>
                {
                    var (source, token) = ((TaskCompletionSource, CancellationToken))state!;
                    source.TrySetCanceled(token);
                },
                (_sent, cancellationToken));
        }
    }

    /// <summary>Detaches cancellation; true when the message is still wanted and now committed to be written.</summary>
    public bool TryCommit()
    {
        _registration.Dispose();
        return !_sent.Task.IsCompleted;
    }

    public void MarkSent() => _sent.TrySetResult();

    public void Fail(Exception exception)
    {
        _registration.Dispose();
        _sent.TrySetException(exception);
    }
}
