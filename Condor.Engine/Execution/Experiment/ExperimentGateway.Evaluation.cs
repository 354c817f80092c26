using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// The evaluation loop: while an order works, a timer on the given clock every fill-model slot (one second) queues that instant; one worker
/// takes what is queued, makes one round trip to the real gateway when an order works, folds the ticks and
/// evaluates every working order at each queued instant in turn.
/// </summary>
internal sealed partial class ExperimentGateway
{
    private readonly Channel<Evaluation> _queue = Channel.CreateUnbounded<Evaluation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _evaluations;
    private ITimer? _timer;

    /// <summary>Completes once every evaluation queued so far (e.g. by a clock advanced in a test) has been done.</summary>
    internal async Task SettleAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new Evaluation(null, done)))
        {
            return;
        }

        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task StartEvaluations() => Task.Run(() => EvaluateLoopAsync(_stop.Token));

    /// <summary>
    /// Starts the evaluation timer when an order works and none runs. Created after the order's legs were
    /// subscribed, so on one shared virtual clock the gateway's own tick (woken by those subscriptions) comes first
    /// at every instant: its ticks are on the socket before the round trip of the evaluation.
    /// </summary>
    private void EnsureTicking()
    {
        if (_timer is not null || !_book.HasWorkingOrders || Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        var slot = _settings.Fills.EvaluationSlot;
        _timer = _time.CreateTimer(
            static state =>
            {
                var gateway = (ExperimentGateway)state!;
                gateway._queue.Writer.TryWrite(new Evaluation(gateway._time.GetUtcNow(), null));
            },
            this,
            slot,
            slot);
    }

    /// <summary>Stops the timer once nothing works (a placement starts it again).</summary>
    private void StopTicking()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private async Task StopEvaluationsAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            StopTicking();
        }
        finally
        {
            _gate.Release();
        }

        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _evaluations.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stop.Dispose();
    }

    private async Task EvaluateLoopAsync(CancellationToken cancellationToken)
    {
        var instants = new List<DateTimeOffset>();
        var settled = new List<TaskCompletionSource>();
        while (await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            instants.Clear();
            settled.Clear();
            while (_queue.Reader.TryRead(out var item))
            {
                if (item.At is { } at)
                {
                    instants.Add(at);
                }

                if (item.Settled is { } done)
                {
                    settled.Add(done);
                }
            }

            try
            {
                if (instants.Count > 0)
                {
                    await EvaluateAsync(instants, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                EvaluationFailed(_logger, e);
            }
            finally
            {
                foreach (var done in settled)
                {
                    done.TrySetResult();
                }
            }
        }
    }

    private async Task EvaluateAsync(IReadOnlyList<DateTimeOffset> instants, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_book.HasWorkingOrders)
            {
                StopTicking();
                if (_feeds.Subscribed.Count > 0)
                {
                    await ReleaseIdleLinesAsync(instants[^1]).ConfigureAwait(false);
                }

                return;
            }

            if (_inner.State != Tws.Transport.ConnectionState.Connected)
            {
                return;
            }

            if (!await SyncAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            _feeds.Drain();
            foreach (var at in instants)
            {
                Publish(_book.Evaluate(_feeds.Quotes, at), at);
            }

            await ReleaseIdleLinesAsync(instants[^1]).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Evaluation(DateTimeOffset? At, TaskCompletionSource? Settled);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Experiment: no round trip to the gateway ({Reason}); orders not evaluated this time")]
    private static partial void EvaluationSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Experiment: an evaluation of the working orders failed")]
    private static partial void EvaluationFailed(ILogger logger, Exception error);
}
