using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

/// <summary>Order identity in the journal: intent before id, the id attached once, lookups by permId and (client id, order id).</summary>
public sealed class OrderIdentityJournalTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RecordOrderIntent_BeforeTheIdExists_IdZeroUntilAttached()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);

        var intent = await temp.Journal.RecordOrderIntentAsync(Entry(tradeId), None);
        var before = await temp.Journal.FindOrderAsync(intent.OrderRef, None);
        await temp.Journal.AttachOrderIdAsync(intent.OrderRef, 7, 412, None);
        await temp.Journal.AttachOrderIdAsync(intent.OrderRef, 7, 412, None); // idempotent

        Assert.Equal(0, before!.OrderId);
        Assert.Equal(412, (await temp.Journal.FindOrderAsync(intent.OrderRef, None))!.OrderId);
        await Assert.ThrowsAsync<InvalidOperationException>(() => temp.Journal.AttachOrderIdAsync(intent.OrderRef, 7, 413, None));
    }

    [Fact]
    public async Task RecordOrderStatus_AnotherClientsOrderWithOurId_NotTakenForOurs()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 30, clientId: 7);

        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(30, "Filled", 1, 0, 2.5m, 9001, ClientId: 8), None);

        var order = Assert.Single(await temp.Journal.GetOrdersAsync(tradeId, None));
        Assert.Equal(OrderStateWriter.IntentStatus, order.Status);
        Assert.Null(order.PermId);
    }

    [Fact]
    public async Task RecordOrderStatus_PermIdKnown_FindsTheOrderWhateverTheIdSaid()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 30, clientId: 7);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(30, "Submitted", 0, 1, 0, 9001, ClientId: 7), None);

        // e.g. reported to client 0 (bound in TWS) with its own id: the permId says it is ours
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(5, "Filled", 1, 0, 2.5m, 9001, ClientId: 0), None);

        var order = Assert.Single(await temp.Journal.GetOrdersAsync(tradeId, None));
        Assert.Equal("Filled", order.Status);
    }

    [Fact]
    public async Task GetHighestOrderId_SeveralIntents_HighestOfThatClient()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 30, clientId: 7);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 57, clientId: 7);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 900, clientId: 8);
        await temp.Journal.RecordOrderIntentAsync(Entry(tradeId), None); // not sent yet: no id

        Assert.Equal(57, await temp.Journal.GetHighestOrderIdAsync(7, None));
        Assert.Equal(0, await temp.Journal.GetHighestOrderIdAsync(9, None));
    }

    private static OrderIntent Entry(long tradeId) => new(tradeId, OrderRole.Entry, OrderAction.Buy, "LMT", 1, 5.00m);
}
