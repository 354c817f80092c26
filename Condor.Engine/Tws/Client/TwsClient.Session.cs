using System.Globalization;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Tws.Client;

/// <summary>Session readiness: a connection is usable once the gateway sent nextValidId; 326 ends the attempt.</summary>
internal sealed partial class TwsClient
{
    private TaskCompletionSource _accountsKnown = NewAccountsSource();

    private static TaskCompletionSource NewAccountsSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A new connection attempt: its session is ready once managedAccounts arrives again.</summary>
    private void BeginSessionWait() => Interlocked.Exchange(ref _accountsKnown, NewAccountsSource());

    /// <summary>The dispatcher routed a managedAccounts message.</summary>
    private void OnManagedAccounts(string accounts)
    {
        ManagedAccounts = accounts;
        Volatile.Read(ref _accountsKnown).TrySetResult();
    }

    /// <summary>
    /// Waits (within the connect timeout) until the session's nextValidId and managedAccounts have arrived (the
    /// order-id allocator and the account guard need them), the gateway refused the
    /// connection (326: client id in use), or the connection ended. On failure the session is closed.
    /// </summary>
    private async Task AwaitSessionReadyAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_settings.Connection.ConnectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var ready = Task.WhenAll(_connection.OrderIds.WaitSeededAsync(linked.Token), Volatile.Read(ref _accountsKnown).Task.WaitAsync(linked.Token));
        var ended = WaitForEndAsync(linked.Token);
        try
        {
            await Task.WhenAny(ready, ended).ConfigureAwait(false);
            if (ready.IsCompletedSuccessfully)
            {
                return;
            }
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var refusal = _connection.Refusal;
        await _connection.DisconnectAsync().ConfigureAwait(false);
        if (refusal is { Code: 326 })
        {
            // IB code 326: unable to connect as the client id is already in use
            throw new TwsClientIdInUseException(string.Create(
                CultureInfo.InvariantCulture,
                $"The gateway refused client id {_settings.Connection.ClientId}: another API client is connected with it (IB code 326: {refusal.Message}). Set a different Condor:Broker:ClientId, or close the other client."));
        }

        throw ended.IsCompleted
            ? new TwsConnectionLostException("The TWS connection ended before the gateway sent nextValidId and managedAccounts.")
            : new TimeoutException(string.Create(
                CultureInfo.InvariantCulture,
                $"The gateway sent no nextValidId and managedAccounts within {_settings.Connection.ConnectTimeout.TotalSeconds} s of connecting."));
    }

    /// <summary>Completes when the connection is no longer Connected.</summary>
    private async Task WaitForEndAsync(CancellationToken cancellationToken)
    {
        await using var changes = _stateChanges.Subscribe();
        while (_connection.State == ConnectionState.Connected)
        {
            await changes.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
            while (changes.Reader.TryRead(out _))
            {
            }
        }
    }
}
