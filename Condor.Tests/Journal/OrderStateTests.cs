using Condor.Engine.Broker;
using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

/// <summary>The journal's order state moves through the order lifecycle (not a rank over status texts).</summary>
public sealed class OrderStateTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly DateTimeOffset At = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RecordOrderError_RejectedCancel10148_DoesNotLeavePendingCancelForever()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await OrderAsync(temp, 50);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(50, "Submitted", 0, 1, 0), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(50, "PendingCancel", 0, 1, 0), None);
        Assert.Equal("PendingCancel", (await OrderOf(temp, tradeId)).Status);

        Assert.True(await temp.Journal.RecordOrderErrorAsync(
            new OrderErrorReported(50, 10148, "OrderId 50 that needs to be cancelled cannot be cancelled, state: Submitted.", "", At), None));

        Assert.Equal("Submitted", (await OrderOf(temp, tradeId)).Status);
    }

    [Fact]
    public async Task RecordOrderStatus_SubmittedRepeatedAfterPendingCancel_DoesNotLeavePendingCancelForever()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await OrderAsync(temp, 51);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(51, "PreSubmitted", 0, 1, 0), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(51, "PendingCancel", 0, 1, 0), None);

        // the very report seen before the cancel: a duplicate for the history, and IB saying it kept the order
        Assert.True(await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(51, "PreSubmitted", 0, 1, 0), None));

        Assert.Equal("PreSubmitted", (await OrderOf(temp, tradeId)).Status);
    }

    [Fact]
    public async Task RecordOrderError_RejectedCancelAfterHeldOrder_BackToHeld()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await OrderAsync(temp, 52);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(52, "PreSubmitted", 0, 1, 0), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(52, "PendingCancel", 0, 1, 0), None);

        await temp.Journal.RecordOrderErrorAsync(new OrderErrorReported(52, 10147, "OrderId 52 that needs to be cancelled is not found.", "", At), None);

        Assert.Equal("PreSubmitted", (await OrderOf(temp, tradeId)).Status);
    }

    [Fact]
    public async Task RecordOrderError_CancelFilledFirst_StaysFilled()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await OrderAsync(temp, 53);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(53, "PendingCancel", 0, 1, 0), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(53, "Filled", 1, 0, 5.00m), None);

        Assert.False(await temp.Journal.RecordOrderErrorAsync(new OrderErrorReported(53, 10148, "cannot be cancelled, state: Filled.", "", At), None));

        var order = await OrderOf(temp, tradeId);
        Assert.Equal(("Filled", 1m, 5.00m), (order.Status, order.Filled, order.AvgFillPrice!.Value));
    }

    [Theory]
    [InlineData(202)]
    [InlineData(10349)]
    [InlineData(10148)] // an order never sent cannot have a cancel refused: a mix-up, not a fact to record
    public async Task RecordOrderError_NoLifecycleMeaningForThisOrder_Unchanged(int code)
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await OrderAsync(temp, 54);

        Assert.False(await temp.Journal.RecordOrderErrorAsync(new OrderErrorReported(54, code, "text", "", At), None));

        Assert.Equal("Intent", (await OrderOf(temp, tradeId)).Status);
    }

    [Fact]
    public async Task RecordOrderError_UnknownOrder_False()
    {
        await using var temp = await TempJournal.CreateAsync();

        Assert.False(await temp.Journal.RecordOrderErrorAsync(new OrderErrorReported(999, 10148, "text", "", At), None));
    }

    [Fact]
    public async Task RecordOrderStatus_ApiCancelled_StoredAsCancelledPhase()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await OrderAsync(temp, 55);

        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(55, "ApiCancelled", 0, 1, 0), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(55, "Submitted", 0, 1, 0), None);

        Assert.Equal("Cancelled", (await OrderOf(temp, tradeId)).Status);
    }

    [Fact]
    public async Task RecordOrderStatus_UndocumentedStatus_HistoryOnly()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await OrderAsync(temp, 56);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(56, "Submitted", 0, 1, 0), None);

        Assert.True(await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(56, "Unknown", 0, 1, 0), None));

        Assert.Equal("Submitted", (await OrderOf(temp, tradeId)).Status);
    }

    [Theory]
    [InlineData("Intent", "Intent")]
    [InlineData("PendingCancel", "PendingCancel")]
    [InlineData("ApiPending", "PendingSubmit")]
    [InlineData("ApiCancelled", "Cancelled")]
    [InlineData("Weird", "PendingSubmit")]
    [InlineData("3", "PendingSubmit")]
    [InlineData("", "PendingSubmit")]
    public void PhaseOf_StoredText_IsThePhase(string stored, string phase) =>
        Assert.Equal(Enum.Parse<OrderPhase>(phase), OrderStateWriter.PhaseOf(stored));

    private static async Task<long> OrderAsync(TempJournal temp, int orderId)
    {
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, new OrderIntent(tradeId, OrderRole.Entry, OrderAction.Buy, "LMT", 1, 5.00m), orderId);
        return tradeId;
    }

    private static async Task<OrderRecord> OrderOf(TempJournal temp, long tradeId) =>
        Assert.Single(await temp.Journal.GetOrdersAsync(tradeId, None));
}
