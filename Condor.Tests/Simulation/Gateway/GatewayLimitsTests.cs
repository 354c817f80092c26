using Microsoft.Extensions.Configuration;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Tests.Tws.Client;
using Condor.Tests.Tws.Transport;
using Condor.Web.Cli;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>What a hostile or broken client cannot do to the simulator: hold a socket, grow a queue, wrap a position.</summary>
public sealed class GatewayLimitsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(0)] // connects and says nothing
    [InlineData(4)] // sends API\0, then nothing
    public async Task Handshake_NotFinished_ConnectionDroppedAfterTheTimeout(int prefixBytes)
    {
        var log = new ListLogger<SimulatedGateway>();
        await using var harness = await GatewayHarness.StartAsync(
            logger: log, settings: new GatewaySettings { HandshakeTimeout = TimeSpan.FromMilliseconds(200) });
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, harness.Gateway.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("API\0").AsMemory(0, prefixBytes));

        using var bound = new CancellationTokenSource(Bound);
        var read = await stream.ReadAsync(new byte[16], bound.Token);

        Assert.Equal(0, read); // closed by the gateway
        Assert.Contains(log.Entries, e => e.Message.Contains("did not finish the handshake", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowClient_QueueFull_DroppedWithALogLineGatewayCarriesOn()
    {
        var log = new ListLogger<SimulatedGateway>();
        await using var harness = await GatewayHarness.StartAsync(logger: log, settings: new GatewaySettings { OutgoingQueueLimit = 100, SlowClientTimeout = TimeSpan.Zero });
        await using var slow = await harness.ConnectAsync(clientId: 1);

        // Far more than the queue holds, faster than any socket drains it.
        for (var i = 0; i < 200_000 && !slow.Closed; i++)
        {
            harness.Gateway.ToAll(new CurrentTimeMessage(i));
        }

        Assert.True(await slow.WaitClosedAsync(), "the slow client was not dropped");
        Assert.Single(log.Entries, e => e.Message.Contains("too slow", StringComparison.Ordinal));
        await using var next = await harness.ConnectAsync(clientId: 2);
        await next.SendAsync(new ReqCurrentTimeRequest());
        await next.WaitForAsync<CurrentTimeMessage>();
    }

    [Fact]
    public async Task SlowClient_QueueAtItsHardLimit_DroppedEvenWhileWritesProgress()
    {
        var log = new ListLogger<SimulatedGateway>();
        await using var harness = await GatewayHarness.StartAsync(
            logger: log, settings: new GatewaySettings { OutgoingQueueLimit = 50, OutgoingQueueHardLimit = 100, SlowClientTimeout = TimeSpan.FromHours(1) });
        await using var slow = await harness.ConnectAsync(clientId: 1);

        for (var i = 0; i < 200_000 && !slow.Closed; i++)
        {
            harness.Gateway.ToAll(new CurrentTimeMessage(i));
        }

        Assert.True(await slow.WaitClosedAsync(), "the slow client was not dropped");
        Assert.Single(log.Entries, e => e.Message.Contains("too slow", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2_147_483_646, 1)] // was accepted; the position wrapped around
    [InlineData(10_001, 1)]
    [InlineData(5_000, 3)] // 15,000 contracts on one leg
    public async Task PlaceOrder_AbsurdQuantity_Error201LikeIbAndNoPosition(int quantity, int ratio)
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        bag = bag with { ComboLegs = [.. bag.ComboLegs.Select(l => l with { Ratio = ratio })] };

        await client.SendAsync(GatewayHarness.Order(1, bag, "BUY", "MKT", quantity: quantity));
        var error = await client.WaitForAsync<ErrorMessage>(e => e.Id == 1);
        await client.SendAsync(new ReqPositionsRequest());
        var positions = await client.CollectUntilAsync<PositionMessage, PositionEndMessage>();

        Assert.Equal(201, error.ErrorCode);
        Assert.Contains("not exceeding 10000", error.ErrorMsg, StringComparison.Ordinal);
        Assert.Empty(positions);
    }

    [Fact]
    public async Task PlaceOrder_WouldPassThePositionLimit_Error201FirstOrderStands()
    {
        await using var harness = await GatewayHarness.StartAsync(
            start: GatewayHarness.Et(9, 32), settings: new GatewaySettings { MaxPositionContracts = 3 });
        await using var client = await harness.ConnectAsync();
        var (bag, _) = await OrderFlow.EnterAsync(harness, client, orderId: 1, quantity: 2);

        await client.SendAsync(GatewayHarness.Order(2, bag, "BUY", "MKT", quantity: 2));
        var error = await client.WaitForAsync<ErrorMessage>(e => e.Id == 2);
        await client.SendAsync(new ReqPositionsRequest());
        var positions = await client.CollectUntilAsync<PositionMessage, PositionEndMessage>();

        Assert.Equal(201, error.ErrorCode);
        Assert.Contains("limit of 3", error.ErrorMsg, StringComparison.Ordinal);
        Assert.All(positions, p => Assert.Equal(2m, Math.Abs(p.Position!.Value)));
    }

    [Fact]
    public async Task Simulate_LogsAsTheAppDoes()
    {
        using var stop = new CancellationTokenSource();
        var loggers = new ListLoggerFactory();
        var output = new FirstLineWriter();
        var run = Task.Run(() => SimulateCommand.Run(
            ["simulate", "--port", "0", "--speed", "0"], new ConfigurationBuilder().Build(), output, TextWriter.Null, TimeProvider.System, stop.Token, loggers));
        var port = FirstLineWriter.Port(await output.FirstLineAsync());

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\n\r\n"));
            using var bound = new CancellationTokenSource(Bound);
            Assert.Equal(0, await tcp.GetStream().ReadAsync(new byte[16], bound.Token));
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run);
        Assert.Contains(loggers.Entries, e => e.Message.Contains("listening on 127.0.0.1", StringComparison.Ordinal));
        Assert.Contains(loggers.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("broke the protocol", StringComparison.Ordinal));
    }
}
