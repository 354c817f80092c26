using Condor.Engine.Broker;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Tws.Mapping;

public sealed class MarketQuoteFoldTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 14, 32, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_GoldenOptionTicks_GiveBidAskLastSizesAndModelGreeks()
    {
        var quote = Fold(4002, "tickPrice_option_bid", "tickPrice_option_ask", "tickPrice_option_last", "tickOptionComputation_model");

        Assert.Equal(((decimal?)3.1m, (decimal?)3.3m, (decimal?)3.2m), (quote.Bid, quote.Ask, quote.Last));
        Assert.Equal(((decimal?)54m, (decimal?)61m), (quote.BidSize, quote.AskSize));
        Assert.Equal(new ModelGreeks(0.1645, -0.1301, 0.004, 0.2498, -1.8512, 3.18, 5862.47), quote.Greeks);
        Assert.False(quote.IsDelayed);
    }

    [Fact]
    public void Apply_GoldenNotComputed_EveryGreekIsNull()
    {
        var quote = Fold(4003, "tickOptionComputation_not_computed");

        Assert.Equal(new ModelGreeks(null, null, null, null, null, null, null), quote.Greeks);
    }

    [Theory]
    [InlineData("tickOptionComputation_bid")]
    [InlineData("tickOptionComputation_ask")]
    [InlineData("tickOptionComputation_last")]
    [InlineData("tickPrice_option_close")]
    [InlineData("tickSize_option_volume")]
    [InlineData("tickString_option_last_timestamp")]
    public void Apply_TickTheQuoteDoesNotHold_QuoteUnchanged(string record)
    {
        var before = MarketQuote.Empty(4002, T0);

        Assert.Same(before, GoldenMessages.All(record).Aggregate(before, (q, m) => MarketQuoteFold.Apply(q, m, T0.AddSeconds(1))));
    }

    [Fact]
    public void Apply_NoPrice_IsNullNotMinusOne()
    {
        var quote = Fold(4002, "tickPrice_option_bid");

        quote = MarketQuoteFold.Apply(quote, new TickPriceMessage(4002, 1, -1m, 0, new TickAttrib(false, false, false)), T0);

        Assert.Null(quote.Bid);
    }

    [Fact]
    public void Apply_NaNAndInfiniteGreeks_AreNull()
    {
        var tick = new TickOptionComputationMessage(4002, 13, 0, double.NaN, -0.12, double.PositiveInfinity, 0, 0.004, 0.25, double.NegativeInfinity, 5862.47);

        var greeks = MarketQuoteFold.Apply(MarketQuote.Empty(4002, T0), tick, T0).Greeks!;

        Assert.Equal(new ModelGreeks(null, -0.12, 0.004, 0.25, null, null, 5862.47), greeks);
    }

    [Fact]
    public void Apply_DelayedTicks_AreMarkedDelayed()
    {
        var quote = MarketQuoteFold.Apply(MarketQuote.Empty(4002, T0), new TickPriceMessage(4002, 66, 3.1m, 5, new TickAttrib(false, false, false)), T0);
        quote = MarketQuoteFold.Apply(quote, new TickSizeMessage(4002, 70, 7), T0);
        quote = MarketQuoteFold.Apply(quote, new TickOptionComputationMessage(4002, 83, 0, 0.16, -0.13, 3.2, 0, 0.004, 0.25, -1.9, 5862), T0);

        Assert.Equal(((decimal?)3.1m, (decimal?)5m, (decimal?)7m, true), (quote.Bid, quote.BidSize, quote.AskSize, quote.IsDelayed));
        Assert.Equal(-0.13, quote.Greeks!.Delta);
    }

    [Fact]
    public void Apply_Tick_TakesItsReceiveTime()
    {
        var later = T0.AddSeconds(5);

        var quote = MarketQuoteFold.Apply(MarketQuote.Empty(4001, T0), GoldenMessages.Single<TickPriceMessage>("tickPrice_index_last"), later);

        Assert.Equal((later, (decimal?)5862.47m), (quote.ReceivedAt, quote.Last));
    }

    private static MarketQuote Fold(int tickerId, params string[] records) =>
        records.SelectMany(GoldenMessages.All).Aggregate(MarketQuote.Empty(tickerId, T0), (q, m) => MarketQuoteFold.Apply(q, m, T0));
}
