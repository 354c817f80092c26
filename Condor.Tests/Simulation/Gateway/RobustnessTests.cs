using System.Net;
using System.Net.Sockets;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Tests.Tws.Transport;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Bad input at the socket level drops that client, logged with its bytes, and never the gateway.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public async Task Handshake_NotTws_DroppedAndLoggedWithHex()
    {
        var logger = new ListLogger<SimulatedGateway>();
        await using var harness = await GatewayHarness.StartAsync(logger: logger);
        using var raw = new TcpClient();
        await raw.ConnectAsync(IPAddress.Loopback, harness.Gateway.Port);

        await raw.GetStream().WriteAsync("GET / HTTP/1.1\r\n\r\n"u8.ToArray());
        var read = await raw.GetStream().ReadAsync(new byte[16]).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        await using var client = await harness.ConnectAsync();

        Assert.Equal(0, read);
        Assert.Contains(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("47455420", StringComparison.Ordinal)); // "GET " in hex
    }

    [Fact]
    public async Task Frame_ZeroLength_DropsClientGatewayKeepsServing()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var bad = await harness.ConnectAsync(1);

        await bad.SendRawAsync([0, 0, 0, 0]);
        Assert.True(await bad.WaitClosedAsync());
        await using var good = await harness.ConnectAsync(2);
        await OrderFlow.SyncAsync(good);

        Assert.Contains(good.Seen, m => m is CurrentTimeMessage);
    }

    [Fact]
    public async Task DisposeAsync_CalledTwice_SecondCallReturnsWithoutObjectDisposed()
    {
        // A failed connect in the contract tests disposes the gateway twice (the session, then OpenAsync's catch);
        // the second call threw ObjectDisposedException from CancelAsync on the disposed stop source.
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        await harness.Gateway.DisposeAsync();
        await harness.Gateway.DisposeAsync();

        Assert.True(await client.WaitClosedAsync());
        using var late = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => late.ConnectAsync(IPAddress.Loopback, harness.Gateway.Port));
    }
}
