namespace Condor.Engine.Tws.Transport;

/// <summary>A request answered by exactly one response of type <typeparamref name="T"/>.</summary>
internal sealed class PendingSingle<T> : PendingEntry
{
    private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PendingSingle(int id, TimeSpan timeout)
        : base(id, timeout)
    {
    }

    public Task<T> Task => _result.Task;

    public void Complete(T value)
    {
        Release();
        _result.TrySetResult(value);
    }

    protected override void OnFailed(Exception exception) => _result.TrySetException(exception);

    protected override void OnCancelled(CancellationToken cancellationToken) => _result.TrySetCanceled(cancellationToken);
}
