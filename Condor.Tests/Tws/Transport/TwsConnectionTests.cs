using Condor.Engine.Tws.Transport;
using Condor.Engine.Tws.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Tws.Transport;

public sealed class TwsConnectionTests
{
    [Fact]
    public async Task Incoming_GatewaySendsFrames_ArriveInOrderAndSeedOrderIds()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, NullLogger<TwsConnection>.Instance);
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        await peer.SendAsync(timeout.Token, "9", "1", "101");
        await peer.SendAsync(timeout.Token, "15", "1", "DU1234567");

        Assert.Equal(["9", "1", "101"], await connection.Incoming.ReadAsync(timeout.Token));
        Assert.Equal(["15", "1", "DU1234567"], await connection.Incoming.ReadAsync(timeout.Token));
        Assert.Equal(101, await connection.OrderIds.AllocateAsync(timeout.Token));
    }

    [Fact]
    public async Task SendAsync_Connected_FrameReachesGateway()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, NullLogger<TwsConnection>.Instance);
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        await connection.SendAsync(["49", "1"], MessagePriority.Normal, timeout.Token);

        Assert.Equal(["49", "1"], await peer.ReceiveAsync(timeout.Token));
    }

    [Fact]
    public async Task SendAsync_NotConnected_ThrowsConnectionLost()
    {
        await using var connection = new TwsConnection(
            new TwsConnectionSettings("127.0.0.1", 1, 7, TimeSpan.FromSeconds(1)), TimeProvider.System, NullLogger<TwsConnection>.Instance);

        await Assert.ThrowsAsync<TwsConnectionLostException>(() => connection.SendAsync(["49", "1"], MessagePriority.Normal, CancellationToken.None));
    }

    [Fact]
    public async Task ReaderLoop_GatewayClosesSocket_StateBecomesLost()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, NullLogger<TwsConnection>.Instance);
        var states = new StateRecorder(connection);
        var connecting = connection.ConnectAsync(timeout.Token);
        var peer = await gateway.AcceptAsync(timeout.Token);
        await connecting;

        peer.Dispose();

        var lost = await states.WaitForAsync(ConnectionState.Lost, timeout.Token);
        Assert.Equal(ConnectionState.Connected, lost.Previous);
        Assert.Null(connection.Handshake);
        Assert.Equal(
            [ConnectionState.Connecting, ConnectionState.Connected, ConnectionState.Lost],
            states.Changes.Select(c => c.Current));
    }

    [Theory]
    [InlineData("7fffffff34390031", "7fffffff")] // length far above Frame.MaxBodyLength
    [InlineData("00000003343931", "343931")] // body "491" without the NUL terminator
    public async Task ReaderLoop_MalformedFrame_DisconnectsCleanlyAndLogsHex(string wireHex, string expectedHex)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var logger = new ListLogger<TwsConnection>();
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, logger);
        var states = new StateRecorder(connection);
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        await peer.SendRawAsync(Convert.FromHexString(wireHex), timeout.Token);

        var lost = await states.WaitForAsync(ConnectionState.Lost, timeout.Token);
        Assert.Contains("protocol violation", lost.Reason, StringComparison.Ordinal);
        Assert.Contains(expectedHex, lost.Reason, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(expectedHex, StringComparison.Ordinal));
        await Assert.ThrowsAsync<TwsConnectionLostException>(() => connection.SendAsync(["49", "1"], MessagePriority.Normal, timeout.Token));
        Assert.False(connection.Incoming.TryRead(out _));
    }

    [Fact]
    public async Task Incoming_ConsumerSlowerThanCapacity_BackpressureWithoutDroppingFrames()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        var settings = gateway.Settings() with { IncomingCapacity = 2 };
        await using var connection = new TwsConnection(settings, TimeProvider.System, NullLogger<TwsConnection>.Instance);
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        for (var i = 0; i < 20; i++)
        {
            await peer.SendAsync(timeout.Token, "49", "1", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < 20; i++)
        {
            var frame = await connection.Incoming.ReadAsync(timeout.Token);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), frame[2]);
        }

        Assert.Equal(ConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task ConnectAsync_AlreadyConnected_Throws()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, NullLogger<TwsConnection>.Instance);
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => connection.ConnectAsync(timeout.Token));
        Assert.Equal(ConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task DisconnectAsync_Connected_StateDisconnectedAndGatewaySeesEnd()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, NullLogger<TwsConnection>.Instance);
        var states = new StateRecorder(connection);
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        await connection.DisconnectAsync();

        Assert.Equal(ConnectionState.Disconnected, connection.State);
        Assert.DoesNotContain(states.Changes, c => c.Current == ConnectionState.Lost);
        Assert.Null(await peer.Reader.ReadFieldsAsync(timeout.Token));
    }

    [Fact]
    public async Task StateChanged_HandlerThrows_ConnectionStillWorksAndErrorLogged()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var logger = new ListLogger<TwsConnection>();
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, logger);
        connection.StateChanged += (_, _) => throw new InvalidOperationException("buggy subscriber");
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        await connection.SendAsync(["49", "1"], MessagePriority.Normal, timeout.Token);

        Assert.Equal(["49", "1"], await peer.ReceiveAsync(timeout.Token));
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("handler", StringComparison.Ordinal));
    }
}
