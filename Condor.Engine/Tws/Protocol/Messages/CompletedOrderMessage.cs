using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// completedOrder (no version field): a filled or cancelled order of today, with no order id and no client id;
/// its own field list (fixtures README). Unmodelled fields are written as IB sends them.
/// </summary>
internal sealed record CompletedOrderMessage(Contract Contract, Order Order, OrderState OrderState) : IIncomingMessage
{
    public const int MessageId = 101;

    public static CompletedOrderMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        var contract = ContractFields.ReadGateway(reader);
        var order = OrderLayout.ReadHead(reader, "completedOrder");
        order = order with { OrderRef = reader.Str(), PermId = reader.Long(), OutsideRth = reader.Bool() };
        reader.Skip(2); // hidden, discretionaryAmt
        order = order with { GoodAfterTime = reader.Str() };
        reader.Skip(4); // faGroup, faMethod, faPercentage, modelCode
        order = order with { GoodTillDate = reader.Str() };
        reader.Skip(15); // rule80A .. minQty
        order = order with { OcaType = reader.Int(), TriggerMethod = (TriggerMethod)reader.Int() };
        reader.Skip(2); // volatility, volatilityType
        OrderLayout.SkipDeltaNeutralOrder(reader, extraFields: 4);
        reader.Skip(4); // continuousUpdate, referencePriceType, trailStopPrice, trailingPercent
        contract = OrderLayout.ReadComboLegs(reader, contract);
        OrderLayout.SkipTagValues(reader); // smart combo routing params
        OrderLayout.SkipScale(reader);
        OrderLayout.SkipHedge(reader);
        reader.Skip(3); // clearingAccount, clearingIntent, notHeld
        OrderLayout.SkipDeltaNeutralContract(reader);
        OrderLayout.SkipAlgo(reader);
        reader.Skip(); // solicited
        var status = reader.Str();
        reader.Skip(2); // randomizeSize, randomizePrice
        OrderLayout.SkipPegBench(reader, order.OrderType);
        OrderLayout.SkipConditions(reader);
        reader.Skip(6); // trailStopPrice, lmtPriceOffset, cashQty, dontUseAutoPriceForHedge, isOmsContainer, autoCancelDate
        order = order with { FilledQuantity = reader.Size() };
        reader.Skip(6); // refFuturesConId, autoCancelParent, shareholder, imbalanceOnly, routeMarketableToBbo, parentPermId
        var state = new OrderState { Status = status, CompletedTime = reader.Str(), CompletedStatus = reader.Str() };
        reader.Skip(5); // minTradeQty, minCompeteSize, competeAgainstBestOffset, midOffsetAtWhole, midOffsetAtHalf
        return new(contract, order, state);
    }

    public void Write(FieldWriter writer)
    {
        var o = Order;
        const string max = WireText.GatewayDoubleMax;
        writer.Int(MessageId);
        ContractFields.WriteGateway(writer, Contract);
        OrderLayout.WriteHead(writer, o)
            .Str(o.OrderRef).Long(o.PermId).Bool(o.OutsideRth)
            .Bool(false).Int(0) // hidden, discretionaryAmt
            .Str(o.GoodAfterTime).Repeat(string.Empty, 4) // faGroup, faMethod, faPercentage, modelCode
            .Str(o.GoodTillDate)
            .Str(string.Empty).Str(max).Str(string.Empty) // rule80A, percentOffset, settlingFirm
            .Int(0).Str(string.Empty).Int(-1) // shortSaleSlot, designatedLocation, exemptCode
            .Repeat(max, 5) // startingPrice, stockRefPrice, delta, stockRangeLower, stockRangeUpper
            .Str(WireText.IntMax).Bool(false).Bool(false).Str(WireText.IntMax) // displaySize, sweepToFill, allOrNone, minQty
            .Int(o.OcaType)
            .Int((int)o.TriggerMethod).Str(max).Int(0) // triggerMethod, volatility, volatilityType
            .Str("None").Str(max).Int(0).Bool(false).Int(0).Str(string.Empty) // delta-neutral order type + its 4 fields
            .Int(0).Int(0).Str(max).Str(max); // continuousUpdate, referencePriceType, trailStopPrice, trailingPercent
        OrderLayout.WriteComboLegs(writer, Contract);
        writer.Int(0); // smart combo routing params
        OrderLayout.WriteScale(writer);
        writer.Str(string.Empty).Str(string.Empty).Str("IB").Bool(false) // hedgeType, clearingAccount, clearingIntent, notHeld
            .Bool(false).Str(string.Empty).Bool(false) // deltaNeutralContractPresent, algoStrategy, solicited
            .Str(OrderState.Status).Bool(false).Bool(false); // randomizeSize, randomizePrice
        OrderLayout.WritePegBench(writer, o.OrderType);
        writer.Int(0) // conditions
            .Str(max).Str(max).Int(0) // trailStopPrice, lmtPriceOffset, cashQty
            .Bool(true).Bool(false).Str(string.Empty) // dontUseAutoPriceForHedge, isOmsContainer, autoCancelDate
            .Size(o.FilledQuantity)
            .Str(WireText.IntMax).Bool(false).Str(string.Empty).Bool(false).Bool(false).Str(WireText.LongMax)
            .Str(OrderState.CompletedTime).Str(OrderState.CompletedStatus)
            .Str(WireText.IntMax).Str(WireText.IntMax).Repeat(max, 3);
    }
}
