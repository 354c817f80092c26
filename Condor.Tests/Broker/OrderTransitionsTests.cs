using Condor.Engine.Broker;

namespace Condor.Tests.Broker;

/// <summary>Every row of the lifecycle table, and every pair the table leaves out, through <see cref="OrderLifecycle.Apply"/>.</summary>
public sealed class OrderTransitionsTests
{
    public static TheoryData<string, string> Rows
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var row in OrderTransitions.All)
            {
                data.Add(row.From.ToString(), row.Trigger.ToString());
            }

            return data;
        }
    }

    public static TheoryData<string, string> ImpossiblePairs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var from in Enum.GetValues<OrderPhase>())
            {
                foreach (var trigger in Enum.GetValues<OrderTrigger>().Where(t => OrderTransitions.Find(from, t) is null))
                {
                    data.Add(from.ToString(), trigger.ToString());
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Apply_TableRow_DoesWhatTheRowSays(string from, string trigger)
    {
        var row = OrderTransitions.Find(Enum.Parse<OrderPhase>(from), Enum.Parse<OrderTrigger>(trigger))!;
        var order = OrderStates.In(row.From);
        Assert.Equal(row.From, order.Phase);

        var next = order.Apply(OrderStates.EventFor(row.Trigger, order));

        switch (row.Kind)
        {
            case OrderTransitionKind.Keep:
                Assert.Same(order, next);
                break;
            case OrderTransitionKind.Move:
                Assert.Equal(row.To, next.Phase);
                Assert.Equal(order.Terms, next.Terms);
                break;
            case OrderTransitionKind.Restore:
                Assert.Equal(order.RestorePhase, next.Phase);
                Assert.Equal((OrderStates.Terms, (OrderTerms?)null, (OrderPhase?)null), (next.Terms, next.PendingTerms, next.RestorePhase));
                break;
            case OrderTransitionKind.Acknowledge:
                Assert.Equal(row.To, next.Phase);
                Assert.Equal((OrderStates.NewTerms, (OrderTerms?)null), (next.Terms, next.PendingTerms));
                break;
            default:
                Assert.Fail($"Row kind {row.Kind} has no test.");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(ImpossiblePairs))]
    public void Apply_PairNotInTable_ThrowsTypedError(string from, string trigger)
    {
        var order = OrderStates.In(Enum.Parse<OrderPhase>(from));
        var triggerValue = Enum.Parse<OrderTrigger>(trigger);

        var error = Assert.Throws<OrderTransitionException>(() => order.Apply(OrderStates.EventFor(triggerValue, order)));

        Assert.Equal((order.Phase, triggerValue), (error.From, error.Trigger));
    }

    [Fact]
    public void All_EveryRow_HasATargetExactlyWhenItMoves()
    {
        Assert.All(OrderTransitions.All, row =>
            Assert.Equal(row.Kind is OrderTransitionKind.Move or OrderTransitionKind.Acknowledge, row.To is not null));
        Assert.Equal(OrderTransitions.All.Count, OrderTransitions.All.Select(r => (r.From, r.Trigger)).Distinct().Count());
    }

    [Fact]
    public void All_EveryStatusInEveryPhase_IsARowNeverAnError()
    {
        // IB may send any status at any time (duplicates, replays): no status report is ever an impossible transition.
        var statuses = Enum.GetValues<OrderStatus>().Select(OrderTransitions.TriggerOf).Distinct().ToList();

        Assert.All(Enum.GetValues<OrderPhase>(), phase =>
            Assert.All(statuses, trigger => Assert.NotNull(OrderTransitions.Find(phase, trigger))));
    }
}
