using System.Net.Sockets;
using Polly;
using Polly.Retry;

namespace Condor.Engine.Tws.Transport;

/// <summary>Reconnecting with exponential backoff (Polly).</summary>
internal sealed partial class TwsConnection
{
    /// <summary>
    /// Ends the current session (if any) and connects again, retrying failed attempts with exponential backoff
    /// (<see cref="TwsConnectionSettings.ReconnectBaseDelay"/> doubling up to
    /// <see cref="TwsConnectionSettings.ReconnectMaxDelay"/>, at most
    /// <see cref="TwsConnectionSettings.ReconnectMaxRetries"/> retries). Socket, I/O, timeout and protocol
    /// failures are retried; a wrong server version is not (retrying cannot fix it). Order ids continue from
    /// where they were (<see cref="OrderIds"/> never goes backwards); the caller resubscribes and reconciles
    /// once <see cref="ConnectionState.Connected"/> is reached.
    /// </summary>
    /// <exception cref="TwsServerVersionException">The gateway is not at server version 177.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or <see cref="DisconnectAsync"/> was called meanwhile.</exception>
    public async Task ReconnectAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await EndCurrentSessionAsync("reconnect requested").ConfigureAwait(false);
            using var attempt = BeginAttempt(cancellationToken);
            await _reconnectPipeline.ExecuteAsync(
                static (connection, token) => new ValueTask(connection.ConnectOnceAsync(token)),
                this,
                attempt.Token).ConfigureAwait(false);
        }
        finally
        {
            EndAttempt();
            _lifecycle.Release();
        }
    }

    private ResiliencePipeline BuildReconnectPipeline() =>
        new ResiliencePipelineBuilder { TimeProvider = _timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<IOException>()
                    .Handle<SocketException>()
                    .Handle<TimeoutException>()
                    .Handle<TwsProtocolException>(),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = _settings.ReconnectBaseDelay,
                MaxDelay = _settings.ReconnectMaxDelay,
                MaxRetryAttempts = _settings.ReconnectMaxRetries,
                OnRetry = args =>
                {
                    TransportLog.ReconnectRetry(
                        _logger, args.AttemptNumber + 1, args.Outcome.Exception?.Message ?? "no exception", args.RetryDelay);
                    return default;
                },
            })
            .Build();
}
