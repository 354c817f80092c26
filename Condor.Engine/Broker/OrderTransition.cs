namespace Condor.Engine.Broker;

/// <summary>One row of the order lifecycle's transition table.</summary>
/// <param name="From">The phase the order is in.</param>
/// <param name="Trigger">What happened.</param>
/// <param name="Kind">What the row does.</param>
/// <param name="To">The next phase for <see cref="OrderTransitionKind.Move"/> and <see cref="OrderTransitionKind.Acknowledge"/>; null otherwise.</param>
internal sealed record OrderTransition(OrderPhase From, OrderTrigger Trigger, OrderTransitionKind Kind, OrderPhase? To = null);
