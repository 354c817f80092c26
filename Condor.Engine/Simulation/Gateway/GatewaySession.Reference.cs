using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>Reference data and market data: contract details, option parameters, reqMktData lines.</summary>
internal sealed partial class GatewaySession
{
    private const string NoDefinition = "No security definition has been found for the request";

    private void ContractDetails(ReqContractDetailsRequest request)
    {
        var c = request.Contract;
        var details = new List<ContractDetails>();
        if (IndexOf(c) is { } index)
        {
            details.Add(_gateway.Contracts.IndexDetails(index));
        }
        else if (c.SecType == "IND" && (string.Equals(c.Symbol, "VIX", StringComparison.OrdinalIgnoreCase) || c.ConId == GatewayContracts.VixConId))
        {
            details.Add(_gateway.Contracts.VixDetails()); // the doctor resolves VIX before subscribing, as against IB
        }
        else
        {
            details.AddRange(Options(c).Select(_gateway.Contracts.OptionDetails));
        }

        if (details.Count == 0)
        {
            Send(OrderWire.Error(request.ReqId, 200, NoDefinition));
            return;
        }

        foreach (var d in details)
        {
            Send(new ContractDetailsMessage(request.ReqId, d));
        }

        Send(new ContractDetailsEndMessage(request.ReqId));
    }

    private void SecDefOptParams(ReqSecDefOptParamsRequest request)
    {
        var underlying = request.UnderlyingConId switch
        {
            GatewayContracts.SpxConId => Underlying.SPX,
            GatewayContracts.XspConId => Underlying.XSP,
            _ => GatewayContracts.ParseUnderlying(request.UnderlyingSymbol),
        };
        if (underlying is not { } u)
        {
            Send(OrderWire.Error(request.ReqId, 200, NoDefinition));
            return;
        }

        var contracts = _gateway.Contracts;
        var expirations = contracts.Expirations();
        var session = expirations.Count > 0 ? expirations[0] : _gateway.Market.Today;
        var strikes = contracts.Strikes(u, session);
        var dates = expirations.Select(GatewayTime.Date).ToList();
        var conId = GatewayContracts.IndexConId(u);
        foreach (var exchange in new[] { "SMART", "CBOE" })
        {
            Send(new SecurityDefinitionOptionParameterMessage(request.ReqId, exchange, conId, GatewayContracts.TradingClass(u), "100", dates, strikes));
            if (u == Underlying.SPX)
            {
                var monthlies = ThirdFridays(_gateway.Market.Today, 3).Select(GatewayTime.Date).ToList();
                Send(new SecurityDefinitionOptionParameterMessage(request.ReqId, exchange, conId, "SPX", "100", monthlies, [.. strikes.Where(s => s % 25 == 0)]));
            }
        }

        Send(new SecurityDefinitionOptionParameterEndMessage(request.ReqId));
    }

    private void MarketData(ReqMktDataRequest request, DateTimeOffset now)
    {
        var c = request.Contract;
        var market = _gateway.Market;
        MarketDataSubscription? line = null;
        if (IndexOf(c) is { } index)
        {
            line = MarketDataSubscription.ForIndex(request.TickerId, market, index);
        }
        else if (string.Equals(c.Symbol, "VIX", StringComparison.OrdinalIgnoreCase) || c.ConId == GatewayContracts.VixConId)
        {
            line = MarketDataSubscription.ForIndex(request.TickerId, market, null);
        }
        else if (c.IsBag)
        {
            var keys = c.ComboLegs.Select(l => _gateway.Contracts.Find(l.ConId)).ToList();
            if (keys.Count > 0 && keys.All(k => k is not null) && keys.All(k => k!.Value.Expiry == keys[0]!.Value.Expiry && k.Value.Underlying == keys[0]!.Value.Underlying))
            {
                var legs = c.ComboLegs.Select((l, i) => new ComboLeg(keys[i]!.Value.Strike, keys[i]!.Value.Right, l.Action == "SELL" ? TradeSide.Sell : TradeSide.Buy, Math.Max(1, l.Ratio))).ToList();
                line = MarketDataSubscription.ForCombo(request.TickerId, market, keys[0]!.Value.Underlying, keys[0]!.Value.Expiry, legs);
            }
        }
        else if (Options(c) is [var key])
        {
            line = MarketDataSubscription.ForOption(request.TickerId, market, key);
        }

        if (line is null)
        {
            Send(OrderWire.Error(request.TickerId, 200, NoDefinition));
            return;
        }

        if (_gateway.Market.Options.Scenario.MarketDataFaults.FirstOrDefault(f => f.MatchesLine(line.OptionKey)) is { } fault)
        {
            Send(OrderWire.Error(request.TickerId, fault.Code, RequestFaults.DefaultMessage(fault.Code)));
            if (fault.Code == 354)
            {
                return;
            }
        }

        line.Snapshot = request.Snapshot || request.RegulatorySnapshot;
        line.Delayed = _marketDataType is 3 or 4;
        line.PriorClose = PriorClose(line, now);
        if (line.Delayed)
        {
            // IB: 10167 when delayed data is shown because live data is not subscribed.
            Send(OrderWire.Error(request.TickerId, 10167, "Requested market data is not subscribed. Displaying delayed market data."));
        }

        Send(new MarketDataTypeMessage(request.TickerId, line.Delayed ? _marketDataType : 1));
        Send(TickRequestParameters(request.TickerId, c, line));
        foreach (var tick in line.Ticks(now))
        {
            Send(tick);
        }

        if (request.Snapshot || request.RegulatorySnapshot)
        {
            Send(new TickSnapshotEndMessage(request.TickerId));
            return;
        }

        lock (_subscriptionsGate)
        {
            _subscriptions[request.TickerId] = line;
        }

        _gateway.WakeTicks();
    }

    private static Underlying? IndexOf(Contract c) => c.ConId switch
    {
        GatewayContracts.SpxConId => Underlying.SPX,
        GatewayContracts.XspConId => Underlying.XSP,
        _ => c.SecType == "IND" ? GatewayContracts.ParseUnderlying(c.Symbol) : null,
    };

    /// <summary>The listed options a contract describes: by conId, or by symbol / class / expiry / strike / right (blanks match all).</summary>
    private List<OptionKey> Options(Contract c)
    {
        if (c.ConId != 0)
        {
            return _gateway.Contracts.Find(c.ConId) is { } byId ? [byId] : [];
        }

        if (c.SecType != "OPT" || GatewayContracts.ParseUnderlying(c.Symbol) is not { } u)
        {
            return [];
        }

        if (c.TradingClass.Length > 0 && !string.Equals(c.TradingClass, GatewayContracts.TradingClass(u), StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var expiry = GatewayTime.ParseDate(c.LastTradeDateOrContractMonth) ?? _gateway.Market.Today;
        var rights = c.Right.ToUpperInvariant() switch
        {
            "P" or "PUT" => new[] { OptionRight.Put },
            "C" or "CALL" => [OptionRight.Call],
            "" => [OptionRight.Put, OptionRight.Call],
            _ => [],
        };
        return [.. _gateway.Contracts.Strikes(u, expiry)
            .Where(s => c.Strike == 0 || s == c.Strike)
            .SelectMany(s => rights.Select(r => new OptionKey(u, expiry, s, r)))];
    }

    private static IEnumerable<DateOnly> ThirdFridays(DateOnly from, int count)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); count > 0; month = month.AddMonths(1))
        {
            var first = month.AddDays(((int)DayOfWeek.Friday - (int)month.DayOfWeek + 7) % 7);
            var third = first.AddDays(14);
            if (third >= from)
            {
                count--;
                yield return third;
            }
        }
    }
}
