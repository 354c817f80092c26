using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>Two gateways with the same seed: identical quotes, and identical fills for orders arriving at the same virtual times.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task SameSeed_SameRequestsAtSameVirtualTimes_IdenticalQuotesAndFills()
    {
        var first = await DeterminismRunAsync(seed: 11);
        var second = await DeterminismRunAsync(seed: 11);
        var other = await DeterminismRunAsync(seed: 12);

        Assert.NotEmpty(first.Quotes);
        Assert.Contains(first.Fills, f => f.StartsWith("BAG", StringComparison.Ordinal));
        Assert.Equal(first.Quotes, second.Quotes);
        Assert.Equal(first.Fills, second.Fills);
        Assert.NotEqual(first.Quotes, other.Quotes);
    }

    /// <summary>Streams one option for five virtual seconds, then works a condor at the mid until it fills (at most two virtual minutes).</summary>
    private async Task<(List<string> Quotes, List<string> Fills)> DeterminismRunAsync(ulong seed)
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, seed));
        var (shortPut, _) = await s.ShortStrikesAsync();
        await using (var data = await s.Client.SubscribeMarketDataAsync(await s.OptionAsync(shortPut, "P"), string.Empty, snapshot: false, s.Token))
        {
            var log = new EventLog<MarketDataEvent>(data.Reader);
            await s.SyncAsync();
            await s.AdvanceAsync(TimeSpan.FromSeconds(3));
            await log.WaitForAsync(e => e.Message is TickOptionComputationMessage { TickType: 13 }, "first greeks");
            for (var i = 0; i < 5; i++)
            {
                await s.AdvanceAsync(TimeSpan.FromSeconds(1));
            }

            var quotes = log.Seen.Select(e => e.Message switch
            {
                TickPriceMessage t => $"{t.TickType}:{t.Price}:{t.Size}",
                TickOptionComputationMessage g => $"{g.TickType}:{g.Delta}:{g.ImpliedVolatility}:{g.OptPrice}:{g.UndPrice}",
                _ => string.Empty,
            }).Where(q => q.Length > 0).ToList();

            var bag = await s.CondorAsync();
            var (bid, ask) = await s.QuoteAsync(bag);
            var mid = Math.Floor((bid + ask) / 2 / 0.05m) * 0.05m;
            // the simulator's fill draws are keyed by the orderRef: the same in both runs
            var order = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", mid) with { OrderRef = "condor:determinism" });
            for (var i = 0; i < 120 && !s.HasStatus(order.OrderId, "Filled"); i++)
            {
                await s.AdvanceAsync(TimeSpan.FromSeconds(1));
            }

            var executions = await s.Client.GetExecutionsAsync(new ExecutionFilter(), s.Token);
            var fills = executions.Select(e => $"{e.Contract.SecType} {e.Contract.ConId} {e.Execution.Side} {e.Execution.Time} {e.Execution.Price} {e.Execution.Shares}").Order(StringComparer.Ordinal).ToList();
            return (quotes, fills);
        }
    }
}
