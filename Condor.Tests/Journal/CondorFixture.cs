using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

/// <summary>
/// A standard SPX condor for tests: 5780/5800 puts, 5900/5920 calls. Entry fills 0.50 / 3.00 / 2.80 / 0.30
/// (credit 5.00); every leg execution costs 1.10 commission.
/// </summary>
internal static class CondorFixture
{
    public const decimal LegCommission = 1.10m;
    public static readonly DateOnly Day = new(2026, 3, 2);
    public static readonly DateTimeOffset EntryTime = new(2026, 3, 2, 14, 32, 5, TimeSpan.Zero);
    private const int ComboConId = 28812380;
    private static int nextOrderId = 1000;
    private static int nextExec;

    public static NewTrade Trade(DateOnly? day = null, int contracts = 1) => new(
        day ?? Day, "SPX", contracts,
        [
            new NewLeg(LegPosition.LongPut, 5780m, 101, -0.05, 0.21, 0.50m),
            new NewLeg(LegPosition.ShortPut, 5800m, 102, -0.15, 0.19, 3.00m),
            new NewLeg(LegPosition.ShortCall, 5900m, 103, 0.15, 0.15, 2.80m),
            new NewLeg(LegPosition.LongCall, 5920m, 104, 0.05, 0.14, 0.30m),
        ],
        entryLimit: 5.00m,
        marginUsed: 1500m);

    public static int NextOrderId() => Interlocked.Increment(ref nextOrderId);

    public static string NextExecId() =>
        $"0000e0d5.{Interlocked.Increment(ref nextExec):x8}.01.01";

    /// <summary>Four leg executions (long put, short put, short call, long call) plus the informational combo one.</summary>
    public static IReadOnlyList<ExecutionReport> Fills(
        int orderId, string? orderRef, bool opening, DateTimeOffset at, decimal lp, decimal sp, decimal sc, decimal lc,
        int quantity = 1)
    {
        ExecutionSide buyLongs = opening ? ExecutionSide.Bought : ExecutionSide.Sold;
        ExecutionSide sellShorts = opening ? ExecutionSide.Sold : ExecutionSide.Bought;
        var comboPrice = Math.Abs(sp + sc - lp - lc);
        return
        [
            new(NextExecId(), orderId, 9000 + orderId, orderRef, 101, false, buyLongs, quantity, lp, at),
            new(NextExecId(), orderId, 9000 + orderId, orderRef, 102, false, sellShorts, quantity, sp, at),
            new(NextExecId(), orderId, 9000 + orderId, orderRef, 103, false, sellShorts, quantity, sc, at),
            new(NextExecId(), orderId, 9000 + orderId, orderRef, 104, false, buyLongs, quantity, lc, at),
            new(NextExecId(), orderId, 9000 + orderId, orderRef, ComboConId, true,
                opening ? ExecutionSide.Bought : ExecutionSide.Sold, quantity, comboPrice, at),
        ];
    }

    /// <summary>Records executions, and a commission for every one (the combo's too, which must not count).</summary>
    public static async Task RecordAsync(IJournal journal, IEnumerable<ExecutionReport> executions)
    {
        foreach (var execution in executions)
        {
            await journal.RecordExecutionAsync(execution, CancellationToken.None);
            await journal.RecordCommissionAsync(new CommissionReport(execution.ExecId, LegCommission), CancellationToken.None);
        }
    }

    /// <summary>Journals an intent, then attaches the order id the client allocated for it (client 7), as the engine will.</summary>
    public static async Task<RecordedIntent> RecordAndAttachAsync(IJournal journal, OrderIntent intent, int orderId, int clientId = 7)
    {
        var recorded = await journal.RecordOrderIntentAsync(intent, CancellationToken.None);
        await journal.AttachOrderIdAsync(recorded.OrderRef, clientId, orderId, CancellationToken.None);
        return recorded;
    }

    /// <summary>Records a trade with its entry intent and fills; returns the trade id.</summary>
    public static async Task<long> OpenAsync(IJournal journal, DateOnly? day = null, DateTimeOffset? at = null)
    {
        var tradeId = await journal.RecordTradeAsync(Trade(day), CancellationToken.None);
        var orderId = NextOrderId();
        var intent = await RecordAndAttachAsync(journal, new OrderIntent(tradeId, OrderRole.Entry, OrderAction.Buy, "LMT", 1, 5.00m), orderId);
        var entryAt = at ?? (day is { } d ? d.ToDateTime(new TimeOnly(14, 32), DateTimeKind.Utc) : EntryTime);
        await RecordAsync(journal, Fills(orderId, intent.OrderRef.ToString(), true, entryAt, 0.50m, 3.00m, 2.80m, 0.30m));
        return tradeId;
    }

    /// <summary>Closes an open trade with an order of <paramref name="role"/> (null: external, no order of ours).</summary>
    public static async Task CloseAsync(
        IJournal journal, long tradeId, OrderRole? role, DateTimeOffset at, decimal lp, decimal sp, decimal sc, decimal lc)
    {
        var orderId = NextOrderId();
        string? orderRef = null;
        if (role is { } r)
        {
            orderRef = (await RecordAndAttachAsync(
                journal, new OrderIntent(tradeId, r, OrderAction.Sell, r == OrderRole.Target ? "LMT" : "MKT", 1), orderId)).OrderRef.ToString();
        }

        await RecordAsync(journal, Fills(orderId, orderRef, false, at, lp, sp, sc, lc));
    }
}
