using Condor.Engine.Broker;
using Condor.Engine.Execution.Experiment;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Execution.Experiment;

/// <summary>What the engine sees of an experiment fill: typed events as a gateway reports them, ids that are not real, and the queries.</summary>
public sealed class ExperimentReportTests
{
    [Fact]
    public async Task EntryFill_TypedEvents_StatusesExecutionsAndCommissionsAsAGatewayReportsThem()
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32);

        var (bag, entry) = await w.EnterAtNaturalAsync();
        var commissionsSeen = 0;
        await w.Typed.WaitForAsync(e => e is CommissionReported && ++commissionsSeen == 4, "four commissions");

        var tracked = w.Gateway.FindOrder(entry.OrderRef)!;
        var statuses = w.Typed.Seen.OfType<OrderStatusChanged>().Where(s => s.OrderId == entry.OrderId).Select(s => s.Status).Distinct().ToList();
        var executions = w.Typed.Seen.OfType<OrderExecuted>().ToList();
        var commissions = w.Typed.Seen.OfType<CommissionReported>().ToList();
        Assert.Equal((entry.OrderId, tracked.PermId), (tracked.OrderId, executions[0].PermId));
        Assert.InRange(tracked.OrderId!.Value, ExperimentIds.FirstOrderId, ExperimentIds.FirstOrderId + 10);
        Assert.True(tracked.PermId > int.MaxValue, "a permId no real (32-bit) IB permId can be");
        Assert.Equal([OrderStatus.PreSubmitted, OrderStatus.Submitted, OrderStatus.Filled], statuses);
        Assert.Equal(5, executions.Count);
        var combo = Assert.Single(executions, e => e.IsCombo);
        Assert.Equal((ExperimentGateway.ComboConId, FillSide.Bought, 1m), (combo.ConId, combo.Side, combo.Quantity));
        Assert.Equal(bag.ComboLegs.Select(l => (l.ConId, l.Action == "BUY" ? FillSide.Bought : FillSide.Sold)), executions.Where(e => !e.IsCombo).Select(e => (e.ConId, e.Side)));
        Assert.Equal(combo.Price, executions.Where(e => !e.IsCombo).Sum(e => (e.Side == FillSide.Bought ? 1 : -1) * e.Price)); // leg prices sum to the combo's
        Assert.All(executions, e => Assert.Equal((entry.OrderRef, w.Client.ManagedAccounts), (e.OrderRef, e.Account)));
        Assert.All(executions, e => Assert.StartsWith(ExperimentBook.ExecIdPrefix, e.ExecId, StringComparison.Ordinal));
        Assert.All(commissions, c => Assert.Equal((0.65m, "USD"), (c.Commission, c.Currency)));
        Assert.All(w.Typed.Seen, e => Assert.Equal(entry.OrderRef, w.Gateway.OrderOf(e)?.OrderRef));
        Assert.Null(w.Gateway.OrderOf(new OrderStatusChanged(8, entry.OrderId, null, OrderStatus.Filled, 1, 0, -4m, -4m, 0, "", w.Now)));
        Assert.Contains(w.Orders.Seen, e => e.Message is OpenOrderMessage o && o.OrderId == entry.OrderId && e.OrderRef == entry.OrderRef);
    }

    [Fact]
    public async Task Queries_AfterEntryAndAWorkingExit_AnswerTheExperimentsOwnOrdersExecutionsAndPositions()
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32);
        var (bag, entry) = await w.EnterAtNaturalAsync();
        var exit = await w.PlaceAsync(bag, w.Order("SELL", "LMT", 5m));

        var open = await w.Gateway.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, w.Token);
        var all = await w.Gateway.GetOpenOrdersAsync(OpenOrdersScope.AllClients, w.Token);
        var executions = await w.Gateway.GetExecutionsAsync(new ExecutionFilter(), w.Token);
        var mine = await w.Gateway.GetExecutionsAsync(new ExecutionFilter { ClientId = 7, SecType = "BAG" }, w.Token);
        var completed = await w.Gateway.GetCompletedOrdersAsync(apiOnly: true, w.Token);
        var positions = await w.Gateway.GetPositionsAsync(w.Token);
        var realPositions = await w.Client.GetPositionsAsync(w.Token);

        Assert.Equal([exit.OrderId], open.Select(o => o.OrderId));
        Assert.Equal([exit.OrderId], all.Select(o => o.OrderId));
        Assert.Equal(exit.OrderRef, open[0].Order.OrderRef);
        Assert.Equal(5, executions.Count(e => e.Execution.OrderRef == entry.OrderRef));
        Assert.Single(mine);
        var done = Assert.Single(completed);
        Assert.Equal(("Filled", entry.OrderRef, 1m), (done.OrderState.Status, done.Order.OrderRef, done.Order.FilledQuantity));
        Assert.Equal(bag.ComboLegs.ToDictionary(l => l.ConId, l => (decimal?)(l.Action == "BUY" ? 1m : -1m)), positions.ToDictionary(p => p.Contract.ConId, p => p.Position));
        Assert.Empty(realPositions); // the real account holds nothing: the experiment traded nothing
        Assert.Equal(8, w.Orders.Seen.Count(e => e.Message is CommissionReportMessage)); // the fill's four, then the query's four, as a gateway sends them
    }

    [Fact]
    public async Task Refusals_OffTickModifyFilledCancelDoneUnknownRefAndDisconnected_AnsweredAsAGatewayWould()
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32);
        var (bag, entry) = await w.EnterAtNaturalAsync();

        var offTick = await w.Gateway.PlaceOrderAsync(bag, w.Order("BUY", "LMT", -2.03m), w.Token);
        var modifyFilled = await w.Gateway.ModifyOrderAsync(entry.OrderRef, bag, w.Order("BUY", "LMT", -4m), w.Token);
        await w.Gateway.CancelOrderAsync(entry.OrderRef, w.Token);
        var whatIf = await w.Gateway.WhatIfAsync(bag, w.Order("BUY", "LMT", -4m), w.Token);
        await Assert.ThrowsAsync<ArgumentException>(() => w.Gateway.CancelOrderAsync("condor:not-placed", w.Token));
        await Assert.ThrowsAsync<ArgumentException>(() => w.Gateway.PlaceOrderAsync(bag, w.Order("BUY", "LMT", -4m) with { OrderRef = entry.OrderRef }, w.Token));
        await Assert.ThrowsAsync<ArgumentException>(() => w.Gateway.PlaceOrderAsync(bag, w.Order("BUY", "LMT", -4m) with { WhatIf = true }, w.Token));
        await w.Gateway.DisconnectAsync(w.Token);
        await Assert.ThrowsAsync<Engine.Tws.Transport.TwsConnectionLostException>(() => w.Gateway.PlaceOrderAsync(bag, w.Order("BUY", "LMT", -4m), w.Token));

        Assert.Equal((PlacementOutcome.Rejected, 110), (offTick.Outcome, offTick.ErrorCode));
        Assert.Equal((PlacementOutcome.Rejected, 104), (modifyFilled.Outcome, modifyFilled.ErrorCode));
        Assert.Contains(w.Typed.Seen, e => e is OrderErrorReported { Code: 110 } r && r.OrderId == offTick.OrderId);
        Assert.Contains(w.Typed.Seen, e => e is OrderErrorReported { Code: 10148 } r && r.OrderId == entry.OrderId);
        Assert.Equal((false, null), (whatIf.HasMargins, whatIf.State));
        Assert.Empty(await w.Gateway.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, w.Token));
    }

    [Fact]
    public async Task Cancel_WorkingLimit_CancelledAndConfirmedWith202BeforeTheCallReturns()
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32);
        var bag = w.Condor();
        var working = await w.PlaceAsync(bag, w.Order("BUY", "LMT", -9m));
        var second = await w.PlaceAsync(bag, w.Order("BUY", "LMT", -9.5m));

        await w.Gateway.CancelOrderAsync(working.OrderRef, w.Token);
        var cancelledAtOnce = w.HasStatus(working.OrderId, "Cancelled");
        await w.Gateway.CancelOrderAsync(second.OrderRef, w.Token);

        Assert.True(cancelledAtOnce);
        Assert.Contains(w.Typed.Seen, e => e is OrderErrorReported { Code: 202 } r && r.OrderId == working.OrderId);
        await w.StatusAsync(second.OrderId, "Cancelled");
        Assert.Empty(await w.Gateway.GetOpenOrdersAsync(OpenOrdersScope.AllClients, w.Token));
    }
}
