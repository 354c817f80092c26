using Condor.Engine.Broker;
using static Condor.Tests.Broker.OrderStates;

namespace Condor.Tests.Broker;

/// <summary>The real-world sequences the lifecycle must get right, as IB delivers them.</summary>
public sealed class OrderLifecycleTests
{
    [Fact]
    public void Apply_CancelRequestedThenFilled_IsFilled()
    {
        var order = In(OrderPhase.Submitted).Apply(OrderLifecycleEvent.CancelSent);

        order = order.Apply(Status(OrderStatus.Filled, filled: 1, avgFillPrice: -1.50m));

        Assert.Equal((OrderPhase.Filled, 1m, 0m, (decimal?)-1.50m), (order.Phase, order.Filled, order.Remaining, order.AvgFillPrice));
        Assert.True(order.IsDone);
    }

    [Fact]
    public void Apply_FilledThenCancelRejected10148_StaysFilled()
    {
        var order = In(OrderPhase.CancelRequested).Apply(Status(OrderStatus.Filled, filled: 1));

        order = order.Apply(OrderLifecycleEvent.ForError(10148, order.Phase)!);

        Assert.Equal(OrderPhase.Filled, order.Phase);
    }

    [Theory]
    [InlineData(10148)]
    [InlineData(10147)]
    [InlineData(161)]
    public void Apply_PendingCancelThenCancelRejected_WorkingAgain(int code)
    {
        var order = In(OrderPhase.PendingCancel);

        order = order.Apply(OrderLifecycleEvent.ForError(code, order.Phase)!);

        Assert.Equal((OrderPhase.Submitted, (OrderPhase?)null), (order.Phase, order.RestorePhase));
    }

    [Fact]
    public void Apply_HeldOrderCancelRejected_BackToHeld()
    {
        var order = In(OrderPhase.PreSubmitted).Apply(OrderLifecycleEvent.CancelSent).Apply(Status(OrderStatus.PendingCancel));

        order = order.Apply(OrderLifecycleEvent.CancelRejected);

        Assert.Equal(OrderPhase.PreSubmitted, order.Phase);
    }

    [Fact]
    public void Apply_SubmittedAfterPendingCancel_IbKeptTheOrderWorking()
    {
        var order = In(OrderPhase.PendingCancel).Apply(Status(OrderStatus.Submitted));

        Assert.Equal(OrderPhase.Submitted, order.Phase);
    }

    [Fact]
    public void Apply_SubmittedSentBeforeTheCancelArrived_CancelStillRequested()
    {
        var order = In(OrderPhase.CancelRequested).Apply(Status(OrderStatus.Submitted));

        Assert.Equal(OrderPhase.CancelRequested, order.Phase);
    }

    [Fact]
    public void Apply_DuplicateStatus_SameState()
    {
        var order = In(OrderPhase.Submitted);

        Assert.Same(order, order.Apply(Status(OrderStatus.Submitted)));
    }

    [Fact]
    public void Apply_StaleStatusAfterFill_IgnoredNotAnError()
    {
        var order = OrderLifecycle.New(new OrderTerms(2, -1.50m, null)).Apply(OrderLifecycleEvent.Sent)
            .Apply(OrderLifecycleEvent.Status(OrderStatus.Submitted, 1, 1, -1.50m));

        Assert.Same(order, order.Apply(OrderLifecycleEvent.Status(OrderStatus.Submitted, 0, 2, null)));
        Assert.Same(order, order.Apply(OrderLifecycleEvent.Status(OrderStatus.PreSubmitted, 0, 2, null)));
        Assert.Same(order, order.Apply(OrderLifecycleEvent.Status(OrderStatus.Filled, 0, 2, null)));
    }

    [Fact]
    public void Apply_StatusesAfterFilled_StayFilled()
    {
        var order = In(OrderPhase.Filled);

        order = order.Apply(Status(OrderStatus.Submitted, filled: 1)).Apply(Status(OrderStatus.Cancelled, filled: 1));

        Assert.Equal((OrderPhase.Filled, 1m), (order.Phase, order.Filled));
    }

    [Fact]
    public void Apply_PartialFills_TrackFilledAndRemaining()
    {
        var order = OrderLifecycle.New(new OrderTerms(3, -1.50m, null)).Apply(OrderLifecycleEvent.Sent)
            .Apply(OrderLifecycleEvent.Status(OrderStatus.Submitted, 0, 3, null));

        order = order.Apply(OrderLifecycleEvent.Status(OrderStatus.Submitted, 1, 2, -1.50m));
        Assert.Equal((OrderPhase.Submitted, 1m, 2m), (order.Phase, order.Filled, order.Remaining));

        order = order.Apply(OrderLifecycleEvent.Status(OrderStatus.Submitted, 2, null, -1.49m));
        Assert.Equal((2m, 1m, (decimal?)-1.49m), (order.Filled, order.Remaining, order.AvgFillPrice));

        order = order.Apply(OrderLifecycleEvent.Status(OrderStatus.Filled, 3, 0, -1.49m));
        Assert.Equal((OrderPhase.Filled, 3m, 0m), (order.Phase, order.Filled, order.Remaining));
    }

    [Fact]
    public void Apply_PartlyFilledThenCancelled_CancelledWithTheFill()
    {
        var order = OrderLifecycle.New(new OrderTerms(2, -1.50m, null)).Apply(OrderLifecycleEvent.Sent)
            .Apply(OrderLifecycleEvent.Status(OrderStatus.Submitted, 1, 1, -1.50m))
            .Apply(OrderLifecycleEvent.CancelSent);

        order = order.Apply(OrderLifecycleEvent.Status(OrderStatus.Cancelled, 1, 0, -1.50m));

        Assert.Equal((OrderPhase.Cancelled, 1m, 0m), (order.Phase, order.Filled, order.Remaining));
    }

    [Fact]
    public void Apply_FillReportedAfterCancelled_IsFilled()
    {
        var order = In(OrderPhase.Cancelled).Apply(Status(OrderStatus.Filled, filled: 1, avgFillPrice: -1.50m));

        Assert.Equal((OrderPhase.Filled, 1m), (order.Phase, order.Filled));
    }

    [Fact]
    public void Apply_InactiveThenReactivated_Working()
    {
        Assert.Equal(OrderPhase.Submitted, In(OrderPhase.Inactive).Apply(Status(OrderStatus.Submitted)).Phase);
        Assert.Equal(OrderPhase.Cancelled, In(OrderPhase.Inactive).Apply(Status(OrderStatus.Cancelled)).Phase);
        Assert.False(In(OrderPhase.Inactive).IsDone);
    }

    [Fact]
    public void Apply_ApiCancelledAndApiPending_AreCancelledAndPendingSubmit()
    {
        Assert.Equal(OrderPhase.PendingSubmit, In(OrderPhase.Intent).Apply(Status(OrderStatus.ApiPending)).Phase);
        Assert.Equal(OrderPhase.Cancelled, In(OrderPhase.PendingSubmit).Apply(Status(OrderStatus.ApiCancelled)).Phase);
    }

    [Fact]
    public void Apply_ModificationAcknowledged_WorksWithTheNewTerms()
    {
        var order = In(OrderPhase.Submitted).Apply(OrderLifecycleEvent.ModifySent(NewTerms));
        Assert.Equal((OrderPhase.PendingModify, Terms, (OrderTerms?)NewTerms), (order.Phase, order.Terms, order.PendingTerms));

        order = order.Apply(Status(OrderStatus.Submitted));

        Assert.Equal((OrderPhase.Submitted, NewTerms, (OrderTerms?)null), (order.Phase, order.Terms, order.PendingTerms));
    }

    [Theory]
    [InlineData(104)]
    [InlineData(105)]
    [InlineData(201)]
    public void Apply_ModificationRejected_OrderStaysAsItWas(int code)
    {
        var order = In(OrderPhase.PreSubmitted).Apply(OrderLifecycleEvent.ModifySent(NewTerms));

        order = order.Apply(OrderLifecycleEvent.ForError(code, order.Phase)!);

        Assert.Equal((OrderPhase.PreSubmitted, Terms, (OrderTerms?)null), (order.Phase, order.Terms, order.PendingTerms));
    }

    [Fact]
    public void Apply_FilledWhileModificationPending_FilledWithTheOldTerms()
    {
        var order = In(OrderPhase.PendingModify).Apply(Status(OrderStatus.Filled, filled: 1));

        Assert.Equal((OrderPhase.Filled, Terms), (order.Phase, order.Terms));
    }

    [Fact]
    public void Apply_CancelWhileModificationPendingThenRejected_BackToWorking()
    {
        var order = In(OrderPhase.PendingModify).Apply(OrderLifecycleEvent.CancelSent).Apply(OrderLifecycleEvent.CancelRejected);

        Assert.Equal((OrderPhase.Submitted, Terms), (order.Phase, order.Terms));
    }

    [Fact]
    public void ForError_RejectionOfANewOrderOrAnInformationalCode_NoLifecycleEvent()
    {
        Assert.Null(OrderLifecycleEvent.ForError(201, OrderPhase.PendingSubmit));
        Assert.Null(OrderLifecycleEvent.ForError(10349, OrderPhase.Submitted)); // TIF set to DAY: informational
        Assert.Null(OrderLifecycleEvent.ForError(202, OrderPhase.CancelRequested)); // cancelled: the status follows
    }

    [Fact]
    public void Apply_CancelOfAnOrderNeverSent_Throws()
    {
        var error = Assert.Throws<OrderTransitionException>(() => In(OrderPhase.Intent).Apply(OrderLifecycleEvent.CancelSent));

        Assert.Equal((OrderPhase.Intent, OrderTrigger.CancelSent), (error.From, error.Trigger));
    }

    [Fact]
    public void Apply_SecondModificationWhileOnePending_Throws() =>
        Assert.Throws<OrderTransitionException>(() => In(OrderPhase.PendingModify).Apply(OrderLifecycleEvent.ModifySent(Terms)));

    [Fact]
    public void Apply_StatusChanged_UsesItsStatusAndFill()
    {
        var report = new OrderStatusChanged(7, 101, 55, OrderStatus.Submitted, 0, 1, null, null, 0, "", DateTimeOffset.UnixEpoch);

        Assert.Equal(OrderPhase.Submitted, In(OrderPhase.PendingSubmit).Apply(OrderLifecycleEvent.Status(report)).Phase);
    }

    [Fact]
    public void Restored_StoredState_ContinuesFromIt()
    {
        var order = OrderLifecycle.Restored(OrderPhase.PendingCancel, Terms, new OrderFill(0, 1, null), OrderPhase.PreSubmitted);

        Assert.Equal(OrderPhase.PreSubmitted, order.Apply(OrderLifecycleEvent.CancelRejected).Phase);
    }
}
