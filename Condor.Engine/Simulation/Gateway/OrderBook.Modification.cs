using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>What IB refuses when placeOrder reuses the id of an order already in the book.</summary>
internal sealed partial class OrderBook
{
    /// <summary>
    /// Null when the modification is allowed. Ids are one space for the whole gateway (nextValidId is shared), so
    /// another client's order under that id is a duplicate id to this client (103); a filled order cannot be modified
    /// (104); a cancelled one is a used id (103); a modification may change price and quantity, not the order type
    /// or side (105, "Order being modified does not match original order").
    /// </summary>
    private static ErrorMessage? ModificationRefusal(int clientId, BookOrder existing, ComboOrder model)
    {
        var id = existing.OrderId;
        if (existing.ClientId != clientId)
        {
            return OrderWire.Error(id, 103, "Duplicate order id");
        }

        if (existing.Status == "Filled")
        {
            return OrderWire.Error(id, 104, "Can't modify a filled order");
        }

        if (!existing.IsWorking)
        {
            return OrderWire.Error(id, 103, "Duplicate order id");
        }

        return model.Type != existing.Model.Type || model.Side != existing.Model.Side
            ? OrderWire.Error(id, 105, "Order being modified does not match original order")
            : null;
    }
}
