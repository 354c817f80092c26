using Condor.Engine.Tws.Transport;
using Condor.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Condor.Tests.Tws.Transport;

public sealed class TwsReconnectTests
{
    [Fact]
    public async Task ReconnectAsync_GatewayRefusesTwiceThenAccepts_BacksOffExponentiallyAndNeverReusesOrderIds()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var token = timeout.Token;
        var logger = new ListLogger<TwsConnection>();
        await using var gateway = new ScriptedGateway();
        var settings = gateway.Settings() with { ReconnectBaseDelay = TimeSpan.FromMilliseconds(50), ReconnectMaxRetries = 5 };
        await using var connection = new TwsConnection(settings, TimeProvider.System, logger);
        var states = new StateRecorder(connection);

        var connecting = connection.ConnectAsync(token);
        var first = await gateway.AcceptAsync(token);
        await connecting;
        await first.SendAsync(token, "9", "1", "101");
        var used = new List<int> { await connection.OrderIds.AllocateAsync(token), await connection.OrderIds.AllocateAsync(token) };
        first.Dispose();
        await states.WaitForAsync(ConnectionState.Lost, token);

        var gatewayScript = Task.Run(
            async () =>
            {
                (await gateway.AcceptRawAsync(token)).Dispose(); // refused: closed before the handshake
                (await gateway.AcceptRawAsync(token)).Dispose();
                var peer = await gateway.AcceptAsync(token);
                await peer.SendAsync(token, "9", "1", "101"); // a stale nextValidId
                return peer;
            },
            token);
        await connection.ReconnectAsync(token);
        using var second = await gatewayScript;
        used.Add(await connection.OrderIds.AllocateAsync(token));

        Assert.Equal(ConnectionState.Connected, connection.State);
        Assert.Equal([101, 102, 103], used);
        var retries = logger.Entries.Where(e => e.Message.Contains("reconnect attempt", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, retries.Count);
        Assert.Contains("00:00:00.0500000", retries[0].Message, StringComparison.Ordinal);
        Assert.Contains("00:00:00.1000000", retries[1].Message, StringComparison.Ordinal);
        Assert.All(retries, r => Assert.Equal(LogLevel.Warning, r.Level));
    }

    [Fact]
    public async Task ReconnectAsync_OutdatedGateway_NotRetried()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var logger = new ListLogger<TwsConnection>();
        await using var gateway = new ScriptedGateway();
        var settings = gateway.Settings() with { ReconnectBaseDelay = TimeSpan.FromMilliseconds(10) };
        await using var connection = new TwsConnection(settings, TimeProvider.System, logger);

        var reconnecting = connection.ReconnectAsync(timeout.Token);
        var gatewaySide = gateway.AcceptAsync(timeout.Token, serverVersion: 176);

        await Assert.ThrowsAsync<TwsServerVersionException>(() => reconnecting);
        await Assert.ThrowsAnyAsync<IOException>(() => gatewaySide);
        Assert.DoesNotContain(logger.Entries, e => e.Message.Contains("reconnect attempt", StringComparison.Ordinal));
        Assert.Equal(ConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task SendAsync_QueuedWhenConnectionLost_FailsInsteadOfLeavingAfterReconnect()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var token = timeout.Token;
        await using var gateway = new ScriptedGateway();
        var settings = gateway.Settings() with { PacingWindow = TimeSpan.FromSeconds(30) };
        await using var connection = new TwsConnection(settings, TimeProvider.System, new ListLogger<TwsConnection>());
        var states = new StateRecorder(connection);
        var connecting = connection.ConnectAsync(token);
        var peer = await gateway.AcceptAsync(token);
        await connecting;

        var sends = Enumerable.Range(0, 51)
            .Select(_ => connection.SendAsync(["49", "1"], Condor.Engine.Tws.Wire.MessagePriority.Normal, token))
            .ToArray();
        await Task.WhenAll(sends.Take(50));
        peer.Dispose();
        await states.WaitForAsync(ConnectionState.Lost, token);

        await Assert.ThrowsAsync<TwsConnectionLostException>(() => sends[50]);
    }

    [Fact]
    public async Task DisconnectAsync_DuringReconnectBackoff_CancelsReconnectPromptly()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var logger = new ListLogger<TwsConnection>();
        TwsConnectionSettings settings;
        await using (var closed = new ScriptedGateway())
        {
            settings = closed.Settings() with { ReconnectBaseDelay = TimeSpan.FromSeconds(30) }; // nobody listens there any more
        }

        var clock = new ManualTimeProvider();
        await using var connection = new TwsConnection(settings, clock, logger);
        var states = new StateRecorder(connection);
        var reconnecting = connection.ReconnectAsync(timeout.Token);
        await states.WaitForAsync(ConnectionState.Disconnected, timeout.Token); // first attempt refused
        await clock.WhenTimersArmedAsync().WaitAsync(timeout.Token); // now waiting on the clock: the 30 s backoff

        await connection.DisconnectAsync();

        // The clock never moves here: the reconnect can only end because the disconnect cancelled its backoff.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reconnecting);
        Assert.False(timeout.IsCancellationRequested, "the reconnect ended only at the test's safety timeout");
        Assert.Equal(TimeSpan.Zero, clock.Elapsed);
        Assert.Equal(ConnectionState.Disconnected, connection.State);
    }
}
