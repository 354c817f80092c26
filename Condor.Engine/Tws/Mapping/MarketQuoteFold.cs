using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Mapping;

/// <summary>
/// Folds market-data ticks into a <see cref="MarketQuote"/> (pure: the quote in, the next quote out). Tick types
/// (TWS API "Available Tick Types"): bid 1, ask 2, last 4, bid size 0, ask size 3, model option computation 13;
/// their delayed variants 66, 67, 68, 69, 70 and 83. A price IB reports as "no price" (-1, or any negative price of
/// a single contract), the unset maximum or a non-finite greek becomes null. Other ticks leave the quote unchanged.
/// </summary>
internal static class MarketQuoteFold
{
    public static MarketQuote Apply(MarketQuote quote, IIncomingMessage tick, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return tick switch
        {
            TickPriceMessage p when ApplyPrice(quote, p) is { } priced => priced with { ReceivedAt = receivedAt },
            TickSizeMessage s when ApplySize(quote, s) is { } sized => sized with { ReceivedAt = receivedAt },
            TickOptionComputationMessage c when c.TickType is 13 or 83 =>
                quote with { Greeks = Greeks(c), IsDelayed = c.TickType == 83, ReceivedAt = receivedAt },
            MarketDataTypeMessage t => quote with { IsDelayed = t.MarketDataType is 3 or 4 },
            _ => quote,
        };
    }

    private static MarketQuote? ApplyPrice(MarketQuote quote, TickPriceMessage tick)
    {
        var price = tick.Price is >= 0 ? tick.Price : null;
        var size = tick.Size;
        return tick.TickType switch
        {
            1 => quote with { Bid = price, BidSize = size ?? quote.BidSize, IsDelayed = false },
            2 => quote with { Ask = price, AskSize = size ?? quote.AskSize, IsDelayed = false },
            4 => quote with { Last = price, IsDelayed = false },
            66 => quote with { Bid = price, BidSize = size ?? quote.BidSize, IsDelayed = true },
            67 => quote with { Ask = price, AskSize = size ?? quote.AskSize, IsDelayed = true },
            68 => quote with { Last = price, IsDelayed = true },
            _ => null,
        };
    }

    private static MarketQuote? ApplySize(MarketQuote quote, TickSizeMessage tick) => tick.TickType switch
    {
        0 or 69 => quote with { BidSize = tick.Size },
        3 or 70 => quote with { AskSize = tick.Size },
        _ => null,
    };

    private static ModelGreeks Greeks(TickOptionComputationMessage c) => new(
        Finite(c.ImpliedVolatility),
        Finite(c.Delta),
        Finite(c.Gamma),
        Finite(c.Vega),
        Finite(c.Theta),
        Finite(c.OptPrice),
        Finite(c.UndPrice));

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
