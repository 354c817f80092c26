using Condor.Engine.Execution.Reconciliation;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Tests.Journal;
using Condor.Tests.Simulation.EndToEnd;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.Reconciliation;

/// <summary>
/// The simulator over a real socket (Condor's TWS client as client 7), a real SQLite journal in a temp folder, and
/// the day's condor journaled the way the engine does it (trade, intent, order id), so a test can then "crash" by
/// not journaling what the gateway did and let reconciliation find it.
/// </summary>
internal sealed class ReconciliationWorld : IAsyncDisposable
{
    private ReconciliationWorld(ContractSession session, TempJournal journal)
    {
        Session = session;
        Temp = journal;
    }

    public ContractSession Session { get; }

    public TempJournal Temp { get; }

    public SqliteJournal Journal => Temp.Journal;

    public List<ExitReattachRequest> RepairRequests { get; } = [];

    public static async Task<ReconciliationWorld> StartAsync(SimulationScenario? scenario = null)
    {
        var market = await SimulatedMarketControl.StartAsync(GatewaySetup.At(9, 32, scenario: scenario));
        var session = await ContractSession.ConnectAsync(market);
        return new ReconciliationWorld(session, await TempJournal.CreateAsync());
    }

    /// <summary>Journals the day's trade around the money and returns it with its BAG.</summary>
    public async Task<(long TradeId, Contract Bag)> JournalTradeAsync(int contracts = 1)
    {
        var (shortPut, shortCall) = await Session.ShortStrikesAsync();
        var bag = await Session.CondorAsync();
        var strikes = new[] { shortPut - 20, shortPut, shortCall, shortCall + 20 };
        var positions = new[] { LegPosition.LongPut, LegPosition.ShortPut, LegPosition.ShortCall, LegPosition.LongCall };
        var legs = positions.Select((p, i) => new NewLeg(p, strikes[i], bag.ComboLegs[i].ConId, null, null, null)).ToList();
        var id = await Journal.RecordTradeAsync(new NewTrade(GatewayHarness.Session, "SPX", contracts, legs, entryLimit: 1m), Session.Token);
        return (id, bag);
    }

    /// <summary>A condor on other strikes than the day's (shorts 40 points further out): another client's trade.</summary>
    public async Task<Contract> FarCondorAsync()
    {
        var (shortPut, shortCall) = await Session.ShortStrikesAsync();
        async Task<Engine.Tws.Protocol.Models.ComboLeg> LegAsync(decimal strike, string right, string action) =>
            new() { ConId = (await Session.OptionAsync(strike, right)).ConId, Ratio = 1, Action = action, Exchange = "SMART" };
        return new Contract
        {
            Symbol = "SPX", SecType = "BAG", Exchange = "SMART", Currency = "USD",
            ComboLegs =
            [
                await LegAsync(shortPut - 60, "P", "BUY"), await LegAsync(shortPut - 40, "P", "SELL"),
                await LegAsync(shortCall + 40, "C", "SELL"), await LegAsync(shortCall + 60, "C", "BUY"),
            ],
        };
    }

    /// <summary>Intent, placement, order id attached — as the engine does before a crash; returns the acknowledged placement.</summary>
    public async Task<OrderPlacement> PlaceOursAsync(long tradeId, OrderRole role, Contract bag, Order order)
    {
        var intent = await Journal.RecordOrderIntentAsync(
            new OrderIntent(tradeId, role, order.Action == "BUY" ? OrderAction.Buy : OrderAction.Sell, order.OrderType, (int)order.TotalQuantity, order.LmtPrice is { } l ? Math.Abs(l) : null),
            Session.Token);
        var placement = await Session.PlaceAsync(bag, order with { OrderRef = intent.OrderRef.ToString() });
        await Journal.AttachOrderIdAsync(intent.OrderRef, 7, placement.OrderId, Session.Token);
        return placement;
    }

    /// <summary>Buys the condor at its natural price and waits for the fill (nothing of the fill journaled).</summary>
    public async Task<(long TradeId, Contract Bag, OrderPlacement Entry)> EnterUnjournaledAsync()
    {
        var (tradeId, bag) = await JournalTradeAsync();
        var (_, ask) = await Session.QuoteAsync(bag);
        var entry = await PlaceOursAsync(tradeId, OrderRole.Entry, bag, ContractSession.Order("BUY", "LMT", ask));
        await Session.StatusAsync(entry.OrderId, "Filled");
        return (tradeId, bag, entry);
    }

    /// <summary>Journals every execution the gateway reports, as the engine's event handling would have.</summary>
    public async Task JournalGatewayFillsAsync()
    {
        foreach (var message in await Session.Client.GetExecutionsAsync(new ExecutionFilter(), Session.Token))
        {
            await Journal.RecordExecutionAsync(BrokerFacts.FromExecution(message, Session.Market.Now, Session.Client.GatewayZone)!, Session.Token);
        }
    }

    public Task<ReconciliationOutcome> ReconcileAsync() =>
        Reconciler.RunAsync(Session.Client, Journal, GatewayHarness.Session, 7, TimeProvider.System, RepairAsync, Session.Token);

    public Task<IReadOnlyList<OpenOrderMessage>> AllOpenOrdersAsync() => Session.Client.GetOpenOrdersAsync(OpenOrdersScope.AllClients, Session.Token);

    private Task<ExitReattachResult> RepairAsync(ExitReattachRequest request, CancellationToken cancellationToken)
    {
        RepairRequests.Add(request);
        return Task.FromResult(new ExitReattachResult(true, [], "test repair: nothing placed"));
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await Temp.DisposeAsync();
    }
}
