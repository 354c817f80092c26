using Condor.Engine.Execution.Reconciliation;
using Condor.Engine.Journal;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Execution.Reconciliation;

/// <summary>The gateway's answers as reconciliation facts, and what an unreadable answer does.</summary>
public sealed class BrokerFactsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static Contract Bag => new()
    {
        Symbol = "SPX", SecType = "BAG", ComboLegs = [new() { ConId = 101 }, new() { ConId = 102 }, new() { ConId = 103 }, new() { ConId = 104 }],
    };

    [Fact]
    public void FromExecution_ComboAtNegativePrice_PositivePriceSideAndGatewayTime()
    {
        var message = new ExecDetailsMessage(-1, Bag, new Engine.Tws.Protocol.Models.Execution
        {
            ExecId = "0001.01", OrderId = 12, ClientId = 7, PermId = 99, Side = "BOT", Shares = 1, Price = -1.45m,
            Time = "20261123 09:32:05 US/Eastern", OrderRef = "condor:20261123:entry:1",
        });

        var report = BrokerFacts.FromExecution(message, Now, null);

        Assert.Equal(new ExecutionReport("0001.01", 12, 99, "condor:20261123:entry:1", 0, true, ExecutionSide.Bought, 1, 1.45m,
            new DateTimeOffset(2026, 11, 23, 14, 32, 5, TimeSpan.Zero), 7), report);
    }

    [Theory]
    [InlineData("XXX", "1", "1.0")]
    [InlineData("SLD", "", "1.0")]
    [InlineData("SLD", "1", "")]
    [InlineData("SLD", "0.5", "1.0")]
    public void FromExecution_SideQuantityOrPriceUnreadable_Null(string side, string shares, string price)
    {
        var message = new ExecDetailsMessage(-1, new Contract { ConId = 101, SecType = "OPT" }, new Engine.Tws.Protocol.Models.Execution
        {
            ExecId = "x", Side = side, Shares = shares.Length == 0 ? null : decimal.Parse(shares, System.Globalization.CultureInfo.InvariantCulture),
            Price = price.Length == 0 ? null : decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Null(BrokerFacts.FromExecution(message, Now, null));
    }

    [Fact]
    public void FromCompleted_FilledCombo_NoIdsFilledQuantityAndLegs()
    {
        var message = new CompletedOrderMessage(Bag, new Order
        {
            OrderRef = "condor:20261123:target:1", PermId = 5001, Action = "SELL", OrderType = "LMT", TotalQuantity = 2, FilledQuantity = 2, LmtPrice = -0.35m,
        }, new OrderState { Status = "Filled" });

        var order = BrokerFacts.FromCompleted(message);

        Assert.Equal((0, 0, 5001L, "Filled", 2m, true), (order.ClientId, order.OrderId, order.PermId, order.Status, order.Filled, order.Completed));
        Assert.Equal([101, 102, 103, 104], order.LegConIds);
        Assert.False(order.IsWorking);
    }

    [Theory]
    [InlineData("PreSubmitted", true)]
    [InlineData("Submitted", true)]
    [InlineData("PendingCancel", true)]
    [InlineData("Inactive", false)]
    [InlineData("Cancelled", false)]
    public void FromOpen_Status_WorkingAsIbSaysItCanStillFill(string status, bool working)
    {
        var message = new OpenOrderMessage(13, Bag, new Order { ClientId = 7, OrderRef = "condor:20261123:stop:1", Action = "SELL", OrderType = "STP", TotalQuantity = 1, OcaGroup = "g" },
            new OrderState { Status = status });

        var order = BrokerFacts.FromOpen(message);

        Assert.Equal((7, 13, "g", working), (order.ClientId, order.OrderId, order.OcaGroup, order.IsWorking));
    }

    [Fact]
    public void Plan_AnUnreadableExecution_AlertOnlyEvenWhereTheCellWouldRepair()
    {
        var facts = FactsBuilder.Build(JournalState.FilledWithoutExits, BrokerState.OurPositionWithoutExits) with { UnreadableExecutions = 1 };

        var plan = ReconciliationPlanner.Plan(facts);

        Assert.Equal((ReconciliationAction.AlertOnly, ReconciliationPlanner.UnreadableReason), (plan.Action, plan.Rule.Reason));
        Assert.Empty(plan.Steps);
    }
}
