using System.Globalization;
using Condor.Engine.Broker;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>
/// One contract test's world: the gateway's market control and Condor's broker boundary
/// (<see cref="IBrokerGateway"/>, implemented by the real <see cref="TwsClient"/>) connected to it over loopback,
/// with every order event recorded. The tests and helpers use only the boundary.
/// </summary>
internal sealed class ContractSession : IAsyncDisposable
{
    private readonly TwsSubscription<OrderEvent> _orderEvents;
    private static int orderRefs;
    private readonly TwsSubscription<ConnectionStateChanged> _stateChanges;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(20));

    private ContractSession(IMarketControl market, IBrokerGateway client)
    {
        Market = market;
        Client = client;
        _orderEvents = client.SubscribeOrderEvents();
        Orders = new EventLog<OrderEvent>(_orderEvents.Reader);
        _stateChanges = client.SubscribeStateChanges();
        States = new EventLog<ConnectionStateChanged>(_stateChanges.Reader);
    }

    public IMarketControl Market { get; }

    public IBrokerGateway Client { get; }

    /// <summary>Every order event since the client was created.</summary>
    public EventLog<OrderEvent> Orders { get; }

    /// <summary>Every connection state change since the client was created.</summary>
    public EventLog<ConnectionStateChanged> States { get; }

    /// <summary>A token that ends a stuck test.</summary>
    public CancellationToken Token => _timeout.Token;

    /// <summary>The session's expiry as TWS writes it (yyyyMMdd).</summary>
    public string Expiry => Market.Session.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static TwsClient NewClient(int port, int clientId = 7, TimeSpan? requestTimeout = null) =>
        new(
            new TwsClientSettings(
                new TwsConnectionSettings("127.0.0.1", port, clientId, TimeSpan.FromSeconds(5))
                {
                    ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
                    ReconnectMaxDelay = TimeSpan.FromMilliseconds(100),
                },
                requestTimeout ?? TimeSpan.FromSeconds(5)),
            TimeProvider.System,
            NullLoggerFactory.Instance);

    public static async Task<ContractSession> ConnectAsync(IMarketControl market, TimeSpan? requestTimeout = null)
    {
        var client = NewClient(market.Port, requestTimeout: requestTimeout);
        var session = new ContractSession(market, client);
        try
        {
            await client.ConnectAsync(session.Token); // returns once the gateway sent nextValidId
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Awaits the client's <paramref name="occurrence"/>-th change into <paramref name="state"/> (already happened or still to come).</summary>
    public Task<ConnectionStateChanged> StateAsync(ConnectionState state, int occurrence = 1)
    {
        var seen = 0;
        return States.WaitForAsync(c => c.Current == state && ++seen == occurrence, $"state {state} (#{occurrence})");
    }

    /// <summary>A round trip: everything the gateway sent before its currentTime answer has been dispatched.</summary>
    public Task SyncAsync() => Client.RequestCurrentTimeAsync(Token);

    /// <summary>Moves the gateway's time, then waits for what that produced to reach the client.</summary>
    public async Task AdvanceAsync(TimeSpan span)
    {
        Market.Advance(span);
        await SyncAsync();
    }

    public static Contract SpxIndex => new() { Symbol = "SPX", SecType = "IND", Exchange = "CBOE", Currency = "USD" };

    /// <summary>The SPX last price from a market-data snapshot.</summary>
    public async Task<decimal> SpotAsync()
    {
        var ticks = await SnapshotAsync(SpxIndex);
        return ticks.OfType<TickPriceMessage>().Last(t => t.TickType == 4).Price!.Value;
    }

    /// <summary>A market-data snapshot: every message until tickSnapshotEnd.</summary>
    public async Task<IReadOnlyList<IIncomingMessage>> SnapshotAsync(Contract contract)
    {
        await using var data = await Client.SubscribeMarketDataAsync(contract, string.Empty, snapshot: true, Token);
        var log = new EventLog<MarketDataEvent>(data.Reader);
        await log.WaitForAsync(e => e.Message is TickSnapshotEndMessage, "tickSnapshotEnd");
        return [.. log.Seen.Select(e => e.Message)];
    }

    /// <summary>Today's SPXW option of a strike, resolved by contract details.</summary>
    public async Task<Contract> OptionAsync(decimal strike, string right)
    {
        var query = new Contract
        {
            Symbol = "SPX", SecType = "OPT", LastTradeDateOrContractMonth = Expiry, Strike = strike, Right = right,
            Exchange = "SMART", Currency = "USD", TradingClass = "SPXW",
        };
        return Assert.Single(await Client.GetContractDetailsAsync(query, Token)).Contract;
    }

    /// <summary>Short strikes about 1% out of the money at the current spot.</summary>
    public async Task<(decimal ShortPut, decimal ShortCall)> ShortStrikesAsync()
    {
        var spot = await SpotAsync();
        return (Math.Floor(spot * 0.99m / 5) * 5, Math.Ceiling(spot * 1.01m / 5) * 5);
    }

    /// <summary>An iron condor BAG (wings bought, shorts sold) around the money, legs resolved through the client.</summary>
    public async Task<Contract> CondorAsync(decimal wing = 20)
    {
        var (shortPut, shortCall) = await ShortStrikesAsync();
        async Task<ComboLeg> LegAsync(decimal strike, string right, string action) =>
            new() { ConId = (await OptionAsync(strike, right)).ConId, Ratio = 1, Action = action, Exchange = "SMART" };
        return new Contract
        {
            Symbol = "SPX", SecType = "BAG", Exchange = "SMART", Currency = "USD",
            ComboLegs =
            [
                await LegAsync(shortPut - wing, "P", "BUY"), await LegAsync(shortPut, "P", "SELL"),
                await LegAsync(shortCall, "C", "SELL"), await LegAsync(shortCall + wing, "C", "BUY"),
            ],
        };
    }

    /// <summary>The combo's bid and ask (negative for a condor bought for a credit).</summary>
    public async Task<(decimal Bid, decimal Ask)> QuoteAsync(Contract contract)
    {
        var ticks = (await SnapshotAsync(contract)).OfType<TickPriceMessage>().ToList();
        return (ticks.Last(t => t.TickType == 1).Price!.Value, ticks.Last(t => t.TickType == 2).Price!.Value);
    }

    public static Order Order(string action, string type, decimal? limit = null, decimal? aux = null, string oca = "", string goodAfter = "") =>
        new()
        {
            Action = action, TotalQuantity = 1, OrderType = type, LmtPrice = limit, AuxPrice = aux, Tif = "DAY",
            OcaGroup = oca, OcaType = oca.Length > 0 ? 1 : 0, GoodAfterTime = goodAfter, Transmit = true,
            OrderRef = string.Create(CultureInfo.InvariantCulture, $"condor:e2e:{Interlocked.Increment(ref orderRefs)}"),
        };

    /// <summary>Buys the condor at its natural price (the ask) and waits for the fill and its four leg commissions.</summary>
    public async Task<(Contract Bag, OrderPlacement Ack, OrderStatusMessage Filled)> EnterAsync()
    {
        var bag = await CondorAsync();
        var (_, ask) = await QuoteAsync(bag);
        var ack = await PlaceAsync(bag, Order("BUY", "LMT", ask));
        var filled = await StatusAsync(ack.OrderId, "Filled");
        var commissions = 0;
        await Orders.WaitForAsync(e => e.OrderId == ack.OrderId && e.Message is CommissionReportMessage && ++commissions == 4, "four leg commissions");

        return (bag, ack, filled);
    }

    /// <summary>Places an order and asserts the gateway acknowledged it.</summary>
    public async Task<OrderPlacement> PlaceAsync(Contract contract, Order order)
    {
        var placement = await Client.PlaceOrderAsync(contract, order, Token);
        Assert.True(placement.Outcome == PlacementOutcome.Acknowledged, $"{placement}");
        return placement;
    }

    /// <summary>A whatIf that must answer margins.</summary>
    public async Task<OrderState> MarginsAsync(Contract contract, Order order)
    {
        var answer = await Client.WhatIfAsync(contract, order, Token);
        Assert.True(answer.HasMargins, $"{answer}");
        return answer.State!;
    }

    public async Task<OrderStatusMessage> StatusAsync(int orderId, string status) =>
        (OrderStatusMessage)(await Orders.WaitForAsync(
            e => e.OrderId == orderId && e.Message is OrderStatusMessage s && s.Status == status, $"orderStatus {status} of {orderId}")).Message;

    public bool HasStatus(int orderId, string status) =>
        Orders.Seen.Any(e => e.OrderId == orderId && e.Message is OrderStatusMessage s && s.Status == status);

    public async ValueTask DisposeAsync()
    {
        await _orderEvents.DisposeAsync();
        await _stateChanges.DisposeAsync();
        await Client.DisposeAsync();
        await Market.DisposeAsync();
        _timeout.Dispose();
    }
}
