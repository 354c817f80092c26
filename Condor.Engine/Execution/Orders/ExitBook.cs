using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Tws.Client;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// The exits of one position as the broker's events tell them: per role the latest attempt (its order and its
/// <see cref="TrackedFill"/>), its <see cref="ExitCondition"/>, and how much of the position the group has closed.
/// Mutable; owned by the position's <see cref="PositionWatch"/> (one writer).
/// </summary>
internal sealed class ExitBook
{
    private readonly Dictionary<OrderRole, (ExitOrder Order, TrackedFill Fill)> _latest = [];
    private readonly List<TrackedFill> _all = [];

    public ExitBook(IEnumerable<ExitOrder> exits)
    {
        ArgumentNullException.ThrowIfNull(exits);
        foreach (var exit in exits)
        {
            Replace(exit);
        }
    }

    public IReadOnlyCollection<OrderRole> Roles => _latest.Keys;

    /// <summary>The latest attempt of a role; null when none was placed.</summary>
    public ExitOrder? Order(OrderRole role) => _latest.TryGetValue(role, out var entry) ? entry.Order : null;

    public TrackedFill? Fill(OrderRole role) => _latest.TryGetValue(role, out var entry) ? entry.Fill : null;

    /// <summary>Contracts closed by every attempt of every exit together.</summary>
    public decimal ExecutedQuantity => _all.Sum(f => f.Filled);

    /// <summary>Whether any attempt of any exit has an execution.</summary>
    public bool AnyExecuted => _all.Any(f => f.HasExecution);

    /// <summary>A new attempt (the bracket's, or a re-placement) becomes the role's latest.</summary>
    public void Replace(ExitOrder exit)
    {
        ArgumentNullException.ThrowIfNull(exit);
        var fill = new TrackedFill(exit.Order.OrderRef);
        _latest[exit.Role] = (exit, fill);
        _all.Add(fill);
    }

    /// <summary>
    /// Applies an event to the exit attempt it is about: false when it is about none of them; otherwise
    /// <paramref name="latestRole"/> is the role when the attempt is that role's latest (null for an earlier attempt).
    /// </summary>
    public bool TryApply(BrokerEvent brokerEvent, Func<BrokerEvent, string?> orderRefOf, out OrderRole? latestRole)
    {
        ArgumentNullException.ThrowIfNull(brokerEvent);
        latestRole = null;
        var fill = _all.FirstOrDefault(f => f.IsAbout(brokerEvent, orderRefOf));
        if (fill is null)
        {
            return false;
        }

        fill.Apply(brokerEvent);
        foreach (var (role, entry) in _latest)
        {
            if (ReferenceEquals(entry.Fill, fill))
            {
                latestRole = role;
            }
        }

        return true;
    }

    /// <summary>Where a role's latest attempt stands.</summary>
    public ExitCondition Condition(OrderRole role)
    {
        if (!_latest.TryGetValue(role, out var entry))
        {
            return ExitCondition.Missing;
        }

        var (order, fill) = entry;
        if (fill.HasExecution)
        {
            return ExitCondition.Executed;
        }

        if (fill.Status is { } status)
        {
            return status switch
            {
                OrderStatus.Inactive => ExitCondition.Rejected,
                OrderStatus.Cancelled or OrderStatus.ApiCancelled => ExitCondition.Cancelled,
                _ => ExitCondition.Working,
            };
        }

        return order.Placement.Outcome switch
        {
            PlacementOutcome.Rejected => ExitCondition.Rejected,
            PlacementOutcome.Unknown => ExitCondition.Missing,
            _ when ExitBracket.IsDeadAtOnce(order) => order.Placement.Status == "Inactive" ? ExitCondition.Rejected : ExitCondition.Cancelled,
            _ => ExitCondition.Working,
        };
    }

    /// <summary>The facts per role for the repair.</summary>
    public IReadOnlyList<ExitFact> Facts() =>
        [.. _latest.Select(e => new ExitFact(e.Key, e.Value.Order.OrderRef, Condition(e.Key), e.Value.Fill.LastErrorCode ?? e.Value.Order.Placement.ErrorCode))];
}
