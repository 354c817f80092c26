using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>Market-data details of a session: the requested data type, tickReqParams, prior closes, the 10197 fault.</summary>
internal sealed partial class GatewaySession
{
    /// <summary>reqMarketDataType: 1 live (default), 2 frozen, 3 delayed, 4 delayed frozen.</summary>
    private volatile int _marketDataType = 1;

    /// <summary>A competing live session (IB 10197): every streaming line gets the error and stops.</summary>
    public void CompetingLiveSession()
    {
        int[] tickers;
        lock (_subscriptionsGate)
        {
            tickers = [.. _subscriptions.Keys];
            _subscriptions.Clear();
        }

        foreach (var ticker in tickers)
        {
            Send(OrderWire.Error(ticker, 10197, RequestFaults.DefaultMessage(10197)));
        }
    }

    /// <summary>
    /// tickReqParams as IB sends it after a subscription (golden record <c>tickReqParams</c>: option 0.05, BBO exchange
    /// <c>c70003</c>, snapshot permissions 3); indices tick 0.01 with no BBO exchange, combos at the combo tick.
    /// </summary>
    private TickReqParamsMessage TickRequestParameters(int tickerId, Contract contract, MarketDataSubscription line)
    {
        var market = _gateway.Market;
        if (line.OptionKey is { } key)
        {
            return new TickReqParamsMessage(tickerId, market.OptionTicks(key.Underlying).TickAt(0.01m), "c70003", 3);
        }

        if (contract.IsBag && contract.Symbol.Length > 0)
        {
            var underlying = string.Equals(contract.Symbol, "XSP", StringComparison.OrdinalIgnoreCase) ? Underlying.XSP : Underlying.SPX;
            return new TickReqParamsMessage(tickerId, market.ComboTicks(underlying).TickAt(0.01m), string.Empty, 3);
        }

        return new TickReqParamsMessage(tickerId, 0.01m, string.Empty, 3);
    }

    /// <summary>An index line's prior session close (16:00 ET of the previous trading day on the path); none for others.</summary>
    private decimal? PriorClose(MarketDataSubscription line, DateTimeOffset now)
    {
        if (line.OptionKey is not null || line.IsCombo)
        {
            return null;
        }

        var calendar = _gateway.Contracts.Calendar;
        var day = EasternTime.DateOf(now).AddDays(-1);
        while (!calendar.IsTradingDay(day))
        {
            day = day.AddDays(-1);
        }

        var close = _gateway.Market.Path.At(EasternTime.At(day, new TimeOnly(16, 0)));
        return line.IsVix ? close.VixPrice : line.IndexUnderlying == Underlying.XSP ? close.XspPrice : close.SpxPrice;
    }
}
