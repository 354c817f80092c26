using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Quote updates per line: at most once a virtual second per tick type, and only when the value changed.</summary>
public sealed class QuoteRateTests
{
    [Fact]
    public async Task ReqMktData_OptionStreamedTwoMinutes_EachTickTypeAtMostOnceASecondAndOnlyWhenChanged()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        var (strike, _) = harness.ShortStrikes();
        await client.SendAsync(new ReqMktDataRequest(10, harness.Option(strike + 40, OptionRight.Put), string.Empty, false, false));
        await OrderFlow.SyncAsync(client);

        var seconds = new List<IReadOnlyList<IIncomingMessage>>();
        for (var i = 0; i < 120; i++)
        {
            var before = client.Seen.Count;
            await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));
            seconds.Add([.. client.Seen.Skip(before).Where(m => m is TickPriceMessage or TickOptionComputationMessage)]);
        }

        Assert.All(seconds, ticks =>
        {
            Assert.Equal(ticks.OfType<TickPriceMessage>().Count(), ticks.OfType<TickPriceMessage>().Select(t => t.TickType).Distinct().Count());
            Assert.Equal(ticks.OfType<TickOptionComputationMessage>().Count(), ticks.OfType<TickOptionComputationMessage>().Select(t => t.TickType).Distinct().Count());
        });
        var all = seconds.SelectMany(t => t).ToList();
        foreach (var type in all.OfType<TickPriceMessage>().Select(t => t.TickType).Distinct())
        {
            var values = all.OfType<TickPriceMessage>().Where(t => t.TickType == type).Select(t => (t.Price, t.Size)).ToList();
            Assert.All(values.Zip(values.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        }

        foreach (var type in all.OfType<TickOptionComputationMessage>().Select(t => t.TickType).Distinct())
        {
            var values = all.OfType<TickOptionComputationMessage>().Where(t => t.TickType == type).ToList();
            Assert.All(values.Zip(values.Skip(1)), pair => Assert.NotEqual(pair.First with { TickerId = 0 }, pair.Second with { TickerId = 0 }));
        }

        Assert.True(all.Count > 120, $"the line should stream: {all.Count} ticks in two minutes");
        Assert.True(seconds.Count(s => s.Count == 0) < 120);
    }

    [Fact]
    public async Task ReqMktData_IndexAfterTheClose_SendsItsValueOnceAndNothingMore()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(16, 30));
        await using var client = await harness.ConnectAsync();
        await client.SendAsync(new ReqMktDataRequest(1, new Contract { ConId = 416904, SecType = "IND" }, string.Empty, false, false));
        await OrderFlow.SyncAsync(client);

        for (var i = 0; i < 60; i++)
        {
            await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));
        }

        var last = Assert.Single(client.Seen.OfType<TickPriceMessage>(), t => t.TickType == 4);
        Assert.Equal(harness.Market.Path.At(GatewayHarness.Et(16, 30)).SpxPrice, last.Price);
    }
}
