namespace Condor.Engine.Broker;

/// <summary>
/// An impossible order transition (e.g. a cancel of an order never sent, a second modification while one is
/// pending, a refusal reported for an order never sent): a bug or a mix-up of orders, never something to paper over.
/// </summary>
internal sealed class OrderTransitionException : InvalidOperationException
{
    public OrderTransitionException(OrderPhase from, OrderTrigger trigger)
        : base($"An order in phase {from} cannot take {trigger}.")
    {
        From = from;
        Trigger = trigger;
    }

    public OrderTransitionException()
    {
    }

    public OrderTransitionException(string message)
        : base(message)
    {
    }

    public OrderTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OrderPhase From { get; }

    public OrderTrigger Trigger { get; }
}
