using Condor.Engine.Journal;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Orders;

/// <summary>One exit as placed: its role, orderRef (with the attempt), the wire order and the gateway's answer.</summary>
internal sealed record ExitOrder(OrderRole Role, OrderRef OrderRef, Order Order, OrderPlacement Placement)
{
    public bool IsAcknowledged => Placement.Outcome == PlacementOutcome.Acknowledged;
}
