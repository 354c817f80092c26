using System.Globalization;
using Condor.Engine.Broker;
using Condor.Engine.Execution.Experiment;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Tests.Simulation.EndToEnd;
using Condor.Tests.Simulation.Gateway;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Execution.Experiment;

/// <summary>
/// One experiment test's world: the built-in simulator as the "real" gateway (its virtual clock stopped), a
/// <see cref="WireTap"/> in front of it recording every request that reaches it, Condor's TWS client connected
/// through the tap, and the <see cref="ExperimentGateway"/> over that client on the simulator's clock. Orders go
/// only to the decorator; both of its event streams are recorded.
/// </summary>
internal sealed class ExperimentWorld : IAsyncDisposable
{
    private int _orderRefs;
    private readonly TwsSubscription<OrderEvent> _orderEvents;
    private readonly TwsSubscription<BrokerEvent> _brokerEvents;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    private ExperimentWorld(GatewayHarness harness, WireTap tap, TwsClient client, ExperimentGateway gateway)
    {
        Harness = harness;
        Tap = tap;
        Client = client;
        Gateway = gateway;
        _orderEvents = gateway.SubscribeOrderEvents();
        Orders = new EventLog<OrderEvent>(_orderEvents.Reader);
        _brokerEvents = gateway.SubscribeBrokerEvents();
        Typed = new EventLog<BrokerEvent>(_brokerEvents.Reader);
    }

    public GatewayHarness Harness { get; }

    public WireTap Tap { get; }

    /// <summary>The real gateway's client (the decorator's inner).</summary>
    public TwsClient Client { get; }

    public ExperimentGateway Gateway { get; }

    /// <summary>The decorator's raw order events.</summary>
    public EventLog<OrderEvent> Orders { get; }

    /// <summary>The decorator's typed broker events.</summary>
    public EventLog<BrokerEvent> Typed { get; }

    public CancellationToken Token => _timeout.Token;

    public string Expiry => GatewayHarness.Session.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public DateTimeOffset Now => Harness.Clock.GetUtcNow();

    public static async Task<ExperimentWorld> StartAsync(int hour, int minute, ulong seed = 7, ulong marketSeed = 42, SimulationScenario? scenario = null)
    {
        var harness = await GatewayHarness.StartAsync(scenario, marketSeed, GatewayHarness.Et(hour, minute));
        var tap = WireTap.To(harness.Gateway.Port);
        var client = ContractSession.NewClient(tap.Port);
        var gateway = new ExperimentGateway(
            client,
            new ExperimentSettings(7, string.Empty, seed, 0.65m, ExperimentSettings.Defaults),
            harness.Clock,
            NullLogger<ExperimentGateway>.Instance,
            ownsInner: true);
        var world = new ExperimentWorld(harness, tap, client, gateway);
        try
        {
            await gateway.ConnectAsync(world.Token);
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    /// <summary>An iron condor around the money (shorts about 1% out), as the engine builds it.</summary>
    public Contract Condor()
    {
        var (shortPut, shortCall) = Harness.ShortStrikes();
        return Harness.IronCondor(shortPut, shortCall);
    }

    /// <summary>The combo's bid, ask and mid (negative: a credit) as the simulator quotes it now.</summary>
    public (decimal Bid, decimal Ask, decimal Mid) Quote(Contract bag)
    {
        var quote = Harness.Quote(bag);
        return (quote.Bid!.Value, quote.Ask!.Value, quote.Mid!.Value);
    }

    /// <summary>An order with this world's next orderRef (condor:20261123:exp:n, the same sequence in every world, as the engine's refs are).</summary>
    public Order Order(string action, string type, decimal? limit = null, decimal? aux = null, string oca = "", int ocaType = 1, string goodAfter = "", int quantity = 1) =>
        new()
        {
            Action = action, TotalQuantity = quantity, OrderType = type, LmtPrice = limit, AuxPrice = aux, Tif = "DAY",
            OcaGroup = oca, OcaType = oca.Length > 0 ? ocaType : 0, GoodAfterTime = goodAfter, Transmit = true,
            TriggerMethod = type == "STP" ? TriggerMethod.MidPoint : TriggerMethod.Default,
            OrderRef = string.Create(CultureInfo.InvariantCulture, $"condor:20261123:exp:{Interlocked.Increment(ref _orderRefs)}"),
        };

    /// <summary>Places through the decorator and asserts it acknowledged.</summary>
    public async Task<OrderPlacement> PlaceAsync(Contract contract, Order order)
    {
        var placement = await Gateway.PlaceOrderAsync(contract, order, Token);
        Assert.True(placement.Outcome == PlacementOutcome.Acknowledged, $"{placement}");
        return placement;
    }

    /// <summary>Moves the clock second by second, letting each second's evaluation finish.</summary>
    public async Task StepAsync(TimeSpan span)
    {
        for (var s = 0; s < (int)span.TotalSeconds; s++)
        {
            Harness.Advance(TimeSpan.FromSeconds(1));
            await Gateway.SettleAsync(Token);
        }
    }

    /// <summary>Moves the clock in one go; the evaluations of every second are done on the quotes at the end.</summary>
    public async Task JumpAsync(TimeSpan span)
    {
        Harness.Advance(span);
        await Gateway.SettleAsync(Token);
    }

    public bool HasStatus(int orderId, string status) =>
        Typed.Seen.Any(e => e is OrderStatusChanged s && s.OrderId == orderId && s.Status.ToString() == status);

    public async Task<OrderStatusChanged> StatusAsync(int orderId, string status) =>
        (OrderStatusChanged)await Typed.WaitForAsync(e => e is OrderStatusChanged s && s.OrderId == orderId && s.Status.ToString() == status, $"status {status} of {orderId}");

    /// <summary>Enters the condor at its natural price (fills at once) and returns the BAG and the placement.</summary>
    public async Task<(Contract Bag, OrderPlacement Entry)> EnterAtNaturalAsync(int quantity = 1)
    {
        var bag = Condor();
        var (_, ask, _) = Quote(bag);
        var entry = await PlaceAsync(bag, Order("BUY", "LMT", ask, quantity: quantity));
        await StatusAsync(entry.OrderId, "Filled");
        return (bag, entry);
    }

    public async ValueTask DisposeAsync()
    {
        await _orderEvents.DisposeAsync();
        await _brokerEvents.DisposeAsync();
        await Gateway.DisposeAsync();
        await Tap.DisposeAsync();
        await Harness.DisposeAsync();
        _timeout.Dispose();
    }
}
