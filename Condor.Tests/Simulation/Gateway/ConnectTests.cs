using System.Net;
using System.Net.Sockets;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>What a client sees on connecting: IB's connect messages, client-id uniqueness (326), version negotiation.</summary>
public sealed class ConnectTests
{
    [Fact]
    public async Task Connect_AfterStartApi_SendsNextValidIdAccountsThenFarmStatus()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await TestTwsClient.ConnectRawAsync(harness.Gateway.Port);

        await client.WaitForAsync<ErrorMessage>(e => e.ErrorCode == 2158);

        Assert.IsType<NextValidIdMessage>(client.Seen[0]);
        Assert.Equal("DU0000001", Assert.IsType<ManagedAccountsMessage>(client.Seen[1]).AccountsList);
        var farms = client.Seen.Skip(2).Cast<ErrorMessage>().ToList();
        Assert.Equal([2104, 2106, 2158], farms.Select(e => e.ErrorCode));
        Assert.All(farms, e => Assert.Equal(-1, e.Id));
        Assert.StartsWith("Market data farm connection is OK", farms[0].ErrorMsg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_ClientIdAlreadyConnected_SecondGets326AndIsClosed()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var first = await harness.ConnectAsync(3);
        await using var second = await TestTwsClient.ConnectRawAsync(harness.Gateway.Port, 3);

        var refused = await second.WaitForAsync<ErrorMessage>();

        Assert.Equal(326, refused.ErrorCode);
        Assert.True(await second.WaitClosedAsync());
        Assert.DoesNotContain(second.Seen, m => m is NextValidIdMessage);
        await OrderFlow.SyncAsync(first);
        Assert.False(first.Closed);
    }

    [Fact]
    public async Task Connect_ClientIdFreedByDrop_CanConnectAgain()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var first = await harness.ConnectAsync(3);
        harness.Gateway.DropAll();

        await using var again = await harness.ConnectAsync(3);
        await OrderFlow.SyncAsync(again);

        Assert.True(await first.WaitClosedAsync());
        Assert.False(again.Closed);
    }

    [Theory]
    [InlineData("v100..177", 177)]
    [InlineData("v100..187", 177)]
    [InlineData("v177", 177)]
    public async Task Handshake_RangeReaching177_AnswersHighestCommonVersion(string range, int expected)
    {
        await using var harness = await GatewayHarness.StartAsync();

        var answer = await HelloAsync(harness.Gateway.Port, range);

        Assert.NotNull(answer);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), answer[0]);
    }

    [Theory]
    [InlineData("v100..176")]
    [InlineData("v178..190")]
    [InlineData("v190..180")]
    public async Task Handshake_NoCommonVersion_ClosedUnanswered(string range)
    {
        await using var harness = await GatewayHarness.StartAsync();

        var answer = await HelloAsync(harness.Gateway.Port, range);

        Assert.Null(answer);
    }

    [Fact]
    public void Choose_OlderServerRange_AnswersItsMaximum() =>
        Assert.Equal(176, ServerVersionNegotiation.Choose("v100..187", 100, 176));

    /// <summary>Sends API\0 and the version block; the reply's fields, or null when the gateway closed instead.</summary>
    private static async Task<string[]?> HelloAsync(int port, string range)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        var block = System.Text.Encoding.ASCII.GetBytes(range);
        var bytes = new byte[4 + 4 + block.Length];
        Handshake.ApiPrefix.CopyTo(bytes);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), block.Length);
        block.CopyTo(bytes, 8);
        await tcp.GetStream().WriteAsync(bytes);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await new FrameReader(tcp.GetStream()).ReadFieldsAsync(timeout.Token);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException)
        {
            return null;
        }
    }
}
