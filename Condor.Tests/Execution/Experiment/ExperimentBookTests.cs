using Condor.Engine.Broker;
using Condor.Engine.Execution.Experiment;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using ComboLeg = Condor.Engine.Simulation.ComboLeg;

namespace Condor.Tests.Execution.Experiment;

/// <summary>The experiment's book on quotes it is handed (no socket): fill statistics, partial fills by displayed size, OCA type 2.</summary>
public sealed class ExperimentBookTests
{
    private static readonly DateOnly Session = new(2026, 11, 23);
    private static readonly DateTimeOffset At0932 = ExchangeTime.AtNewYork(Session, new TimeOnly(9, 32));

    [Fact]
    public void Place_LimitAtTheMid_FillsAtOnceRarelyAcrossSeedsAndAlwaysAtTheNaturalPrice()
    {
        var quotes = Quotes(size: 50);
        var atMid = 0;
        var atNatural = 0;
        const int Seeds = 400;
        for (var seed = 1UL; seed <= Seeds; seed++)
        {
            var book = new ExperimentBook(7, 0.65m);
            atMid += Filled(book.Place(NewOrder(seed, 1, "BUY", ComboOrderType.Limit, -4.10m), quotes, At0932)) ? 1 : 0;
            atNatural += Filled(book.Place(NewOrder(seed, 2, "BUY", ComboOrderType.Limit, -3.80m), quotes, At0932)) ? 1 : 0;
        }

        Assert.InRange(atMid / (double)Seeds, 0.005, 0.06); // 0.25 × 0.08 = 2% a second at the mid
        Assert.Equal(Seeds, atNatural);
    }

    [Fact]
    public void OcaType2_TargetPartlyFillsOnTheDisplayedSize_OthersReducedNotCancelledThenCancelledWhenTheRestFills()
    {
        var book = new ExperimentBook(7, 0.65m);
        var stop = NewOrder(1, 1, "SELL", ComboOrderType.Stop, null, stopPrice: -50m, quantity: 2, oca: "exit", ocaType: 2);
        var time = NewOrder(1, 2, "SELL", ComboOrderType.Market, null, quantity: 2, oca: "exit", ocaType: 2, goodAfter: At0932.AddHours(2));
        book.Place(stop, Quotes(size: 1), At0932);
        book.Place(time, Quotes(size: 1), At0932);

        var partial = book.Place(NewOrder(1, 3, "SELL", ComboOrderType.Limit, -4.40m, quantity: 2, oca: "exit", ocaType: 2), Quotes(size: 1), At0932);
        var rest = book.Evaluate(Quotes(size: 50), At0932.AddSeconds(1));

        Assert.Contains(partial, m => m is OrderStatusMessage { OrderId: 3, Filled: 1, Remaining: 1 });
        Assert.Contains(partial, m => m is OrderStatusMessage { OrderId: 1, Status: "PreSubmitted", Remaining: 1 });
        Assert.Contains(partial, m => m is OpenOrderMessage { OrderId: 2, Order.TotalQuantity: 1 });
        Assert.DoesNotContain(partial, m => m is OrderStatusMessage { Status: "Cancelled" });
        Assert.Contains(rest, m => m is OrderStatusMessage { OrderId: 3, Status: "Filled", Filled: 2 });
        Assert.Contains(rest, m => m is OrderStatusMessage { OrderId: 1, Status: "Cancelled" });
        Assert.Contains(rest, m => m is OrderStatusMessage { OrderId: 2, Status: "Cancelled" });
        Assert.All(book.Positions.Values, p => Assert.Equal(p.Leg.Model.Side == TradeSide.Buy ? -2 : 2, p.Quantity)); // the combo sold twice
    }

    [Fact]
    public void Evaluate_AfterTheExpirySessionsClose_WorkingOrderCancelledAndLegsLeaveThePositionsOvernight()
    {
        var book = new ExperimentBook(7, 0.65m);
        book.Place(NewOrder(1, 1, "BUY", ComboOrderType.Limit, -3.80m), Quotes(size: 50), At0932);
        book.Place(NewOrder(1, 2, "SELL", ComboOrderType.Limit, 5m), Quotes(size: 50), At0932);
        var close = ExchangeTime.AtNewYork(Session, new TimeOnly(16, 0));

        var atClose = book.Evaluate(Quotes(size: 50), close);

        Assert.Contains(atClose, m => m is ErrorMessage { Id: 2, ErrorCode: 202 });
        Assert.Equal(4, book.PositionReports(close.AddHours(12)).Count(p => p.Position != 0)); // 04:00 ET: still there
        Assert.Empty(book.PositionReports(close.AddHours(13)));                                  // 05:00 ET: processed
    }

    private static bool Filled(IReadOnlyList<IIncomingMessage> reports) => reports.Any(m => m is OrderStatusMessage { Status: "Filled" });

    /// <summary>A condor 5900/5920 puts, 6080/6100 calls; its combo: bid −4.40, ask −3.80, mid −4.10.</summary>
    private static IReadOnlyList<ExperimentLeg> Legs() =>
    [
        Leg(1001, 5900, OptionRight.Put, TradeSide.Buy),
        Leg(1002, 5920, OptionRight.Put, TradeSide.Sell),
        Leg(1003, 6080, OptionRight.Call, TradeSide.Sell),
        Leg(1004, 6100, OptionRight.Call, TradeSide.Buy),
    ];

    private static Dictionary<int, MarketQuote> Quotes(int size) => new()
    {
        [1001] = Quote(1001, 0.40m, 0.50m, size),
        [1002] = Quote(1002, 2.40m, 2.60m, size),
        [1003] = Quote(1003, 2.30m, 2.50m, size),
        [1004] = Quote(1004, 0.30m, 0.40m, size),
    };

    private static MarketQuote Quote(int id, decimal bid, decimal ask, int size) => new(id, bid, ask, null, size, size, null, false, At0932);

    private static ExperimentLeg Leg(int conId, decimal strike, OptionRight right, TradeSide side) => new(
        new Contract
        {
            ConId = conId, Symbol = "SPX", SecType = "OPT", LastTradeDateOrContractMonth = "20261123", Strike = strike,
            Right = right == OptionRight.Put ? "P" : "C", Multiplier = "100", Currency = "USD", TradingClass = "SPXW",
        },
        Underlying.SPX,
        Session,
        new ComboLeg(strike, right, side));

    private static ExperimentOrder NewOrder(
        ulong seed, int id, string action, ComboOrderType type, decimal? limit, decimal? stopPrice = null, int quantity = 1,
        string oca = "", int ocaType = 0, DateTimeOffset? goodAfter = null)
    {
        var side = action == "BUY" ? TradeSide.Buy : TradeSide.Sell;
        var orderRef = $"condor:20261123:test:{id}";
        return new ExperimentOrder
        {
            OrderId = id,
            ClientId = 7,
            PermId = ExperimentIds.PermIdBase + id,
            Contract = new Contract { Symbol = "SPX", SecType = "BAG", ConId = ExperimentGateway.ComboConId },
            Legs = Legs(),
            Order = new Order
            {
                OrderId = id, Action = action, TotalQuantity = quantity, OrderRef = orderRef, OcaGroup = oca, OcaType = ocaType,
                OrderType = type switch { ComboOrderType.Limit => "LMT", ComboOrderType.Stop => "STP", _ => "MKT" },
            },
            Model = new ComboOrder(orderRef, side, type, quantity, limit, stopPrice, goodAfter),
            FillModel = new FillModel(seed, ExperimentSettings.Defaults, SimulationScenario.None, IndexOptionContract.Spx.ComboTick),
            ExpiresAt = ExchangeTime.AtNewYork(Session, new TimeOnly(16, 0)),
        };
    }
}
