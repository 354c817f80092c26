using Condor.Engine.Tws.Transport;
using Condor.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Tws.Transport;

public sealed class HandshakeTests
{
    private const string GoldenHello = "4150490000000009763130302e2e313737";

    [Fact]
    public void ClientHello_Constant_MatchesGoldenBytes()
    {
        Assert.Equal(GoldenHello, Convert.ToHexStringLower(HandshakeProtocol.ClientHello));
        Assert.Equal("v100..177", HandshakeProtocol.VersionRange);
    }

    [Fact]
    public void ConnectAckFields_GatewayReply_MatchesGoldenConnectAckFrame()
    {
        var frame = Condor.Engine.Tws.Wire.Frame.Encode(HandshakeProtocol.ConnectAckFields(177, ScriptedGateway.ConnectionTime));

        Assert.Equal(
            "000000213137370032303236313132332030393a33313a35382055532f4561737465726e00",
            Convert.ToHexStringLower(frame));
    }

    [Fact]
    public void SettingsFromOptions_BrokerOptions_CopiesEndpointClientIdAndTimeout()
    {
        var options = new Condor.Engine.Tws.BrokerOptions { Host = "gateway", Port = 4001, ClientId = 3, ConnectTimeoutSeconds = 12 };

        var settings = TwsConnectionSettings.FromOptions(options);

        Assert.Equal(new TwsConnectionSettings("gateway", 4001, 3, TimeSpan.FromSeconds(12)), settings);
    }

    [Fact]
    public async Task ConnectAsync_OverSocket_WritesExactHelloThenStartApi()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(clientId: 7), TimeProvider.System, NullLogger<TwsConnection>.Instance);

        var connecting = connection.ConnectAsync(timeout.Token);
        using var peer = new GatewayPeer(await gateway.AcceptRawAsync(timeout.Token));
        var hello = await peer.Reader.ReadRawAsync(17, timeout.Token);
        await peer.SendAsync(timeout.Token, "177", ScriptedGateway.ConnectionTime);
        var startApi = await peer.ReceiveAsync(timeout.Token);
        await connecting;

        Assert.Equal(GoldenHello, Convert.ToHexStringLower(hello));
        Assert.Equal(["71", "2", "7", ""], startApi);
        Assert.Equal(new HandshakeResult(177, ScriptedGateway.ConnectionTime), connection.Handshake);
        Assert.Equal(ConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task GatewayHandshake_ClientConnects_ReadsVersionRangeAndClientId()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(clientId: 42), TimeProvider.System, NullLogger<TwsConnection>.Instance);

        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        Assert.Equal(new GatewayHandshakeResult("v100..177", 42, ""), peer.Handshake);
    }

    [Fact]
    public async Task ConnectAsync_ServerVersion176_RefusedNamingBothVersions()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, NullLogger<TwsConnection>.Instance);

        var connecting = connection.ConnectAsync(timeout.Token);
        var gatewaySide = gateway.AcceptAsync(timeout.Token, serverVersion: 176);

        var ex = await Assert.ThrowsAsync<TwsServerVersionException>(() => connecting);
        Assert.Equal(176, ex.ServerVersion);
        Assert.Equal(177, ex.RequiredVersion);
        Assert.Contains("176", ex.Message, StringComparison.Ordinal);
        Assert.Contains("177", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.Disconnected, connection.State);
        await Assert.ThrowsAnyAsync<IOException>(() => gatewaySide); // the client hung up instead of sending startApi
    }

    [Fact]
    public async Task ConnectAsync_GatewayNeverAnswers_TimesOut()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var gateway = new ScriptedGateway();
        var clock = new ManualTimeProvider();
        var settings = gateway.Settings() with { ConnectTimeout = TimeSpan.FromSeconds(5) };
        await using var connection = new TwsConnection(settings, clock, NullLogger<TwsConnection>.Instance);

        var connecting = connection.ConnectAsync(timeout.Token);
        using var silent = await gateway.AcceptRawAsync(timeout.Token); // accepts the socket, never answers the hello
        clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(connecting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => connecting);

        Assert.Contains(gateway.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.Disconnected, connection.State);
    }
}
