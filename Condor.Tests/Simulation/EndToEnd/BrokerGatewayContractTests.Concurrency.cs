using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>Requests in parallel, as the engine issues them: answers reach the right caller.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task GetContractDetails_TwentyInParallel_EachAnswerMatchesItsRequest()
    {
        await using var s = await OpenAsync();
        var (shortPut, shortCall) = await s.ShortStrikesAsync();
        var wanted = Enumerable.Range(0, 10).SelectMany(i => new[] { (Strike: shortPut - (5 * i), Right: "P"), (Strike: shortCall + (5 * i), Right: "C") }).ToList();

        var options = await Task.WhenAll(wanted.Select(w => s.OptionAsync(w.Strike, w.Right)));

        Assert.Equal(wanted, options.Select(o => (o.Strike, o.Right)).ToList());
        Assert.Equal(wanted.Count, options.Select(o => o.ConId).Distinct().Count());
    }

    [Fact]
    public async Task SubscribeMarketData_ThirtyOptionsWithGenericTicks_EachStreamsItsOwnGreeks()
    {
        await using var s = await OpenAsync();
        var (shortPut, _) = await s.ShortStrikesAsync();
        var strikes = Enumerable.Range(0, 30).Select(i => shortPut - (5 * i)).ToList();
        var contracts = await Task.WhenAll(strikes.Select(k => s.OptionAsync(k, "P")));
        var subscriptions = await Task.WhenAll(contracts.Select(c => s.Client.SubscribeMarketDataAsync(c, "100,101,106", snapshot: false, s.Token)));
        try
        {
            await s.SyncAsync();
            await s.AdvanceAsync(TimeSpan.FromSeconds(3)); // model greeks follow the first quote by 0.5–3 s
            var deltas = new List<double>();
            foreach (var subscription in subscriptions)
            {
                var log = new EventLog<MarketDataEvent>(subscription.Reader);
                var greeks = await log.WaitForAsync(e => e.Message is TickOptionComputationMessage { TickType: 13, Delta: not null }, "model greeks");
                Assert.All(log.Seen, e => Assert.Equal(subscription.Id, e.TickerId));
                deltas.Add(((TickOptionComputationMessage)greeks.Message).Delta!.Value);
            }

            Assert.True(deltas.Zip(deltas.Skip(1)).All(p => p.First < p.Second), "put deltas rise toward zero as strikes fall: " + string.Join(", ", deltas));
        }
        finally
        {
            foreach (var subscription in subscriptions)
            {
                await subscription.DisposeAsync();
            }
        }
    }
}
