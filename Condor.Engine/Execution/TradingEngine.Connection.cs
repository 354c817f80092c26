using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution;

/// <summary>
/// The engine owns the broker connection in every mode: it connects at start-up, and after a loss it reconnects
/// (the client's own exponential back-off, Polly on the one clock); when the client gives up, the engine waits
/// <see cref="RetryPause"/> on the same clock and starts again. The snapshot shows the state and why.
/// </summary>
internal sealed partial class TradingEngine
{
    /// <summary>Pause on the engine's clock after a failed connect or an exhausted reconnect before the next round.</summary>
    internal static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(30);

    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the broker is connected (again); a fresh task after each loss.</summary>
    private Task ConnectedAsync(CancellationToken cancellationToken) => Volatile.Read(ref _connected).Task.WaitAsync(cancellationToken);

    private async Task SuperviseConnectionAsync(CancellationToken cancellationToken)
    {
        await using var changes = _broker.SubscribeStateChanges();
        var attempts = 0;
        var everConnected = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (_broker.State != ConnectionState.Connected)
            {
                try
                {
                    SetConnection(ConnectionState.Connecting, everConnected ? "reconnecting after a loss" : "connecting", attempts);
                    if (everConnected)
                    {
                        await _broker.ReconnectAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await _broker.ConnectAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    attempts++;
                    _firstAttempt.TrySetResult();
                    SetConnection(ConnectionState.Disconnected, $"connect failed ({e.Message}); next try in {RetryPause.TotalSeconds:F0} s", attempts);
                    LogConnectFailed(_logger, attempts, RetryPause.TotalSeconds, e);
                    await Task.Delay(RetryPause, _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

            }

            everConnected = true;
            attempts = 0;
            await OnConnectedAsync(cancellationToken).ConfigureAwait(false);
            _firstAttempt.TrySetResult();

            // Wait for the session to end (Lost: reconnect; Disconnected by request: connect again too).
            await foreach (var change in changes.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (change.Current is ConnectionState.Lost or ConnectionState.Disconnected)
                {
                    Interlocked.Exchange(ref _connected, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                    SetConnection(change.Current, $"connection {change.Current.ToString().ToLowerInvariant()}: {change.Reason}", 0);
                    LogConnectionLost(_logger, change.Current, change.Reason);
                    break;
                }
            }
        }
    }

    private async Task OnConnectedAsync(CancellationToken cancellationToken)
    {
        // Order ids above every id this mode's journal used (IBrokerGateway's order identity), before any placement.
        var clientId = _settings.Broker.ClientId;
        _broker.ReserveOrderIdsThrough(await _journal.GetHighestOrderIdAsync(clientId, cancellationToken).ConfigureAwait(false));
        var version = _broker.Handshake?.ServerVersion ?? 0;
        SetConnection(ConnectionState.Connected, $"connected (server version {version}, accounts {_broker.ManagedAccounts})", 0);
        LogConnected(_logger, Mode, version, _broker.ManagedAccounts);
        Volatile.Read(ref _connected).TrySetResult();
        OnConnectedForSafety();
    }

    /// <summary>Connection state is the one piece of the snapshot written outside the loop: it is the supervisor's alone.</summary>
    private void SetConnection(ConnectionState state, string detail, int attempts)
    {
        var now = _time.GetUtcNow();
        lock (_snapshotLock)
        {
            Volatile.Write(ref _snapshot, _snapshot with { Now = now, Connection = new ConnectionView(state, detail, now, attempts) });
        }

        Events.Publish(new ConnectionChanged(Mode, now, state, detail));
    }
}
