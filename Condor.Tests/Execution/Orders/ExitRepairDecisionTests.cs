using Condor.Engine.Configuration;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Execution.Orders;

/// <summary>The exit repair's decision table, pure (reconciliation will hand it facts from the broker's queries).</summary>
public sealed class ExitRepairDecisionTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly TradingSession Session = new(Day, isEarlyClose: false);

    private static OpenPosition Position()
    {
        static OptionQuote Q(OptionRight right, decimal strike) => new(right, strike, 1.00m, 1.10m, 0.15);
        var legs = new CondorLegs(new IronCondor(Q(OptionRight.Put, 5880), Q(OptionRight.Put, 5900), Q(OptionRight.Call, 6100), Q(OptionRight.Call, 6120)), IndexOptionContract.Spx, 11, 12, 13, 14);
        return new OpenPosition(1, Day, TradingMode.Simulated, legs, 1, 2.00m, Session, new Dictionary<int, decimal>());
    }

    private static ExitRepairFacts Facts(ExitCondition stop, int attempt = 1, bool shows = true, bool executed = false, TimeOnly? at = null) =>
        new(Position(),
            [
                new ExitFact(OrderRole.Target, new OrderRef(Day, OrderRole.Target, 1), ExitCondition.Working),
                new ExitFact(OrderRole.Stop, new OrderRef(Day, OrderRole.Stop, attempt), stop, 202),
                new ExitFact(OrderRole.Time, new OrderRef(Day, OrderRole.Time, 1), ExitCondition.Working),
            ],
            shows,
            executed,
            Session.At(at ?? new TimeOnly(10, 0)));

    private static ExitRepairAction StopAction(ExitRepairFacts facts) => ExitRepair.Decide(facts).Single(d => d.Role == OrderRole.Stop).Action;

    [Fact]
    public void Decide_CancelledFirstAttemptPositionOpen_Replace() => Assert.Equal(ExitRepairAction.Replace, StopAction(Facts(ExitCondition.Cancelled)));

    [Fact]
    public void Decide_CancelledSecondAttempt_Escalate() => Assert.Equal(ExitRepairAction.Escalate, StopAction(Facts(ExitCondition.Cancelled, attempt: 2)));

    [Fact]
    public void Decide_Rejected_EscalateNeverResent() => Assert.Equal(ExitRepairAction.Escalate, StopAction(Facts(ExitCondition.Rejected)));

    [Fact]
    public void Decide_MissingWhilePositionOpen_Escalate() => Assert.Equal(ExitRepairAction.Escalate, StopAction(Facts(ExitCondition.Missing)));

    [Fact]
    public void Decide_AnExitOfTheGroupExecuted_NothingReplaced() =>
        Assert.All(ExitRepair.Decide(Facts(ExitCondition.Cancelled, executed: true)), d => Assert.Equal(ExitRepairAction.None, d.Action));

    [Fact]
    public void Decide_BrokerNoLongerShowsThePosition_NothingReplaced() =>
        Assert.All(ExitRepair.Decide(Facts(ExitCondition.Cancelled, shows: false)), d => Assert.Equal(ExitRepairAction.None, d.Action));

    [Fact]
    public void Decide_AfterTheClose_NothingReplaced() =>
        Assert.All(ExitRepair.Decide(Facts(ExitCondition.Cancelled, at: new TimeOnly(16, 0))), d => Assert.Equal(ExitRepairAction.None, d.Action));

    [Fact]
    public void Decide_Working_None() => Assert.Equal(ExitRepairAction.None, StopAction(Facts(ExitCondition.Working)));
}
