using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>Chain discovery and streaming greeks.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task GetContractDetails_SpxIndex_AnswersOneCboeIndex()
    {
        await using var s = await OpenAsync();

        var details = await s.Client.GetContractDetailsAsync(ContractSession.SpxIndex, s.Token);

        var index = Assert.Single(details).Contract;
        Assert.Equal(("SPX", "IND", 416904), (index.Symbol, index.SecType, index.ConId));
    }

    [Fact]
    public async Task GetOptionChainParameters_Spx_ListsTodaysSpxwExpiryAndStrikesAroundSpot()
    {
        await using var s = await OpenAsync();
        var spot = await s.SpotAsync();

        var rows = await s.Client.GetOptionChainParametersAsync("SPX", "IND", 416904, s.Token);

        var spxw = rows.First(r => r.TradingClass == "SPXW");
        Assert.Contains(s.Expiry, spxw.Expirations);
        Assert.Contains(spxw.Strikes, k => k < spot * 0.98m);
        Assert.Contains(spxw.Strikes, k => k > spot * 1.02m);
        Assert.Equal("100", spxw.Multiplier);
    }

    [Fact]
    public async Task GetContractDetails_SpxwOptionToday_AnswersTheListedOption()
    {
        await using var s = await OpenAsync();
        var (shortPut, _) = await s.ShortStrikesAsync();

        var option = await s.OptionAsync(shortPut, "P");

        Assert.True(option.ConId > 0);
        Assert.Equal(("OPT", "SPXW", "100", s.Expiry, shortPut, "P"), (option.SecType, option.TradingClass, option.Multiplier, option.LastTradeDateOrContractMonth, option.Strike, option.Right));
    }

    [Fact]
    public async Task SubscribeMarketData_PutsAndCalls_StreamDeltasFallingWithStrike()
    {
        await using var s = await OpenAsync();
        var (shortPut, shortCall) = await s.ShortStrikesAsync();
        decimal[] putStrikes = [shortPut - 20, shortPut - 10, shortPut];
        decimal[] callStrikes = [shortCall, shortCall + 10, shortCall + 20];

        var puts = new List<double>();
        var calls = new List<double>();
        foreach (var (strikes, right, deltas) in new[] { (putStrikes, "P", puts), (callStrikes, "C", calls) })
        {
            foreach (var strike in strikes)
            {
                await using var data = await s.Client.SubscribeMarketDataAsync(await s.OptionAsync(strike, right), string.Empty, snapshot: false, s.Token);
                var log = new EventLog<Engine.Tws.Client.MarketDataEvent>(data.Reader);
                await s.SyncAsync();
                await s.AdvanceAsync(TimeSpan.FromSeconds(3)); // model greeks follow the first quote by 0.5–3 s
                var greeks = await log.WaitForAsync(e => e.Message is TickOptionComputationMessage { TickType: 13, Delta: not null }, "model greeks");
                deltas.Add(((TickOptionComputationMessage)greeks.Message).Delta!.Value);
            }
        }

        Assert.All(puts, d => Assert.InRange(d, -1, 0));
        Assert.All(calls, d => Assert.InRange(d, 0, 1));
        Assert.True(puts[0] > puts[1] && puts[1] > puts[2], string.Join(", ", puts));
        Assert.True(calls[0] > calls[1] && calls[1] > calls[2], string.Join(", ", calls));
    }

    [Fact]
    public async Task SubscribeMarketData_Option_GreeksStreamAsGatewayTimeMoves()
    {
        await using var s = await OpenAsync();
        var (_, shortCall) = await s.ShortStrikesAsync();
        await using var data = await s.Client.SubscribeMarketDataAsync(await s.OptionAsync(shortCall, "C"), string.Empty, snapshot: false, s.Token);
        var log = new EventLog<Engine.Tws.Client.MarketDataEvent>(data.Reader);
        await s.SyncAsync();
        await s.AdvanceAsync(TimeSpan.FromSeconds(3));
        var first = (TickOptionComputationMessage)(await log.WaitForAsync(e => e.Message is TickOptionComputationMessage { TickType: 13 }, "model greeks")).Message;

        await s.AdvanceAsync(TimeSpan.FromSeconds(1));

        var index = 0;
        var later = (TickOptionComputationMessage)(await log.WaitForAsync(
            e => index++ > 0 && e.Message is TickOptionComputationMessage { TickType: 13 } g && g != first, "later model greeks")).Message;
        Assert.NotEqual(first.UndPrice, later.UndPrice);
        Assert.True(later.Gamma > 0 && later.Vega > 0 && later.Theta < 0 && later.ImpliedVolatility > 0);
    }
}
