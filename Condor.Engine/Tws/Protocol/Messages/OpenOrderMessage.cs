using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// openOrder at 177 (no version field): the order, its contract (with legs for a BAG) and its state,
/// including the whatIf margins and commission. Unmodelled fields are written as IB sends them.
/// </summary>
internal sealed record OpenOrderMessage(int OrderId, Contract Contract, Order Order, OrderState OrderState) : IIncomingMessage
{
    public const int MessageId = 5;

    public static OpenOrderMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        var orderId = reader.Int();
        var contract = ContractFields.ReadGateway(reader);
        var order = OrderLayout.ReadHead(reader, "openOrder") with { OrderId = orderId };
        order = order with { OrderRef = reader.Str(), ClientId = reader.Int(), PermId = reader.Long(), OutsideRth = reader.Bool() };
        reader.Skip(2); // hidden, discretionaryAmt
        order = order with { GoodAfterTime = reader.Str() };
        reader.Skip(5); // sharesAllocation, faGroup, faMethod, faPercentage, modelCode
        order = order with { GoodTillDate = reader.Str() };
        reader.Skip(17); // rule80A .. minQty
        order = order with { OcaType = reader.Int() };
        reader.Skip(3); // eTradeOnly, firmQuoteOnly, nbboPriceCap
        order = order with { ParentId = reader.Int(), TriggerMethod = (TriggerMethod)reader.Int() };
        reader.Skip(2); // volatility, volatilityType
        OrderLayout.SkipDeltaNeutralOrder(reader, extraFields: 8);
        reader.Skip(6); // continuousUpdate, referencePriceType, trailStopPrice, trailingPercent, basisPoints, basisPointsType
        contract = OrderLayout.ReadComboLegs(reader, contract);
        OrderLayout.SkipTagValues(reader); // smart combo routing params
        OrderLayout.SkipScale(reader);
        OrderLayout.SkipHedge(reader);
        reader.Skip(4); // optOutSmartRouting, clearingAccount, clearingIntent, notHeld
        OrderLayout.SkipDeltaNeutralContract(reader);
        OrderLayout.SkipAlgo(reader);
        reader.Skip(); // solicited
        order = order with { WhatIf = reader.Bool() };
        var state = new OrderState
        {
            Status = reader.Str(),
            InitMarginBefore = reader.DecimalText(),
            MaintMarginBefore = reader.DecimalText(),
            EquityWithLoanBefore = reader.DecimalText(),
            InitMarginChange = reader.DecimalText(),
            MaintMarginChange = reader.DecimalText(),
            EquityWithLoanChange = reader.DecimalText(),
            InitMarginAfter = reader.DecimalText(),
            MaintMarginAfter = reader.DecimalText(),
            EquityWithLoanAfter = reader.DecimalText(),
            Commission = reader.PriceMax(),
            MinCommission = reader.PriceMax(),
            MaxCommission = reader.PriceMax(),
            CommissionCurrency = reader.Str(),
            WarningText = reader.Str(),
        };
        reader.Skip(2); // randomizeSize, randomizePrice
        OrderLayout.SkipPegBench(reader, order.OrderType);
        OrderLayout.SkipConditions(reader);
        reader.Skip(24); // adjustedOrderType .. midOffsetAtHalf
        return new(orderId, contract, order, state);
    }

    public void Write(FieldWriter writer)
    {
        var o = Order;
        var s = OrderState;
        const string max = WireText.GatewayDoubleMax;
        writer.Int(MessageId).Int(OrderId);
        ContractFields.WriteGateway(writer, Contract);
        OrderLayout.WriteHead(writer, o)
            .Str(o.OrderRef).Int(o.ClientId).Long(o.PermId).Bool(o.OutsideRth)
            .Bool(false).Int(0) // hidden, discretionaryAmt
            .Str(o.GoodAfterTime).Repeat(string.Empty, 5) // sharesAllocation, faGroup, faMethod, faPercentage, modelCode
            .Str(o.GoodTillDate)
            .Str(string.Empty).Str(max).Str(string.Empty) // rule80A, percentOffset, settlingFirm
            .Int(0).Str(string.Empty).Int(-1).Int(0) // shortSaleSlot, designatedLocation, exemptCode, auctionStrategy
            .Repeat(max, 5) // startingPrice, stockRefPrice, delta, stockRangeLower, stockRangeUpper
            .Str(WireText.IntMax).Bool(false).Bool(false).Bool(false).Str(WireText.IntMax) // displaySize .. minQty
            .Int(o.OcaType)
            .Bool(false).Bool(false).Str(max) // eTradeOnly, firmQuoteOnly, nbboPriceCap
            .Int(o.ParentId).Int((int)o.TriggerMethod)
            .Str(max).Int(0) // volatility, volatilityType
            .Str("None").Str(max) // deltaNeutralOrderType "None" (non-empty: 8 fields follow), deltaNeutralAuxPrice
            .Int(0).Repeat(string.Empty, 4).Int(0).Int(0).Str(string.Empty)
            .Int(0).Int(0).Str(max).Str(max) // continuousUpdate, referencePriceType, trailStopPrice, trailingPercent
            .Str(max).Str(WireText.IntMax); // basisPoints, basisPointsType
        OrderLayout.WriteComboLegs(writer, Contract);
        writer.Int(0); // smart combo routing params
        OrderLayout.WriteScale(writer);
        writer.Str(string.Empty).Bool(false).Str(string.Empty).Str("IB").Bool(false) // hedgeType .. notHeld
            .Bool(false).Str(string.Empty).Bool(false) // deltaNeutralContractPresent, algoStrategy, solicited
            .Bool(o.WhatIf).Str(s.Status)
            .DecimalTextOrGatewayMax(s.InitMarginBefore).DecimalTextOrGatewayMax(s.MaintMarginBefore)
            .DecimalTextOrGatewayMax(s.EquityWithLoanBefore).DecimalTextOrGatewayMax(s.InitMarginChange)
            .DecimalTextOrGatewayMax(s.MaintMarginChange).DecimalTextOrGatewayMax(s.EquityWithLoanChange)
            .DecimalTextOrGatewayMax(s.InitMarginAfter).DecimalTextOrGatewayMax(s.MaintMarginAfter)
            .DecimalTextOrGatewayMax(s.EquityWithLoanAfter)
            .PriceOrGatewayMax(s.Commission).PriceOrGatewayMax(s.MinCommission).PriceOrGatewayMax(s.MaxCommission)
            .Str(s.CommissionCurrency).Str(s.WarningText)
            .Bool(false).Bool(false); // randomizeSize, randomizePrice
        OrderLayout.WritePegBench(writer, o.OrderType);
        writer.Int(0) // conditions
            .Str("None").Repeat(max, 6).Int(0) // adjustedOrderType, triggerPrice .. adjustedTrailingAmount, adjustableTrailingUnit
            .Repeat(string.Empty, 3).Int(0) // softDollarTier name/value/displayName, cashQty
            .Bool(true).Bool(false).Bool(false).Bool(false) // dontUseAutoPriceForHedge, isOmsContainer, discretionaryUpToLimitPrice, usePriceMgmtAlgo
            .Str(WireText.IntMax).Str(WireText.IntMax).Bool(false) // duration, postToAts, autoCancelParent
            .Str(WireText.IntMax).Str(WireText.IntMax).Repeat(max, 3); // minTradeQty, minCompeteSize, compete/midOffsets
    }
}
