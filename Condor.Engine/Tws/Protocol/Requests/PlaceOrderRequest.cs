using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>
/// placeOrder at server version 177: no version field, no faProfile; a BAG carries its legs after
/// <c>hidden</c>. Fields Condor does not model are written with the values IB's client sends for a fresh
/// order; the gateway side reads them back and refuses features Condor never sends (algos, conditions...).
/// </summary>
internal sealed record PlaceOrderRequest(int OrderId, Contract Contract, Order Order) : ITwsRequest
{
    public const int MessageId = 3;

    public MessagePriority Priority => MessagePriority.Normal;

    public static PlaceOrderRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        var orderId = reader.Int();
        var contract = ContractFields.ReadRequest(reader);
        reader.Skip(2); // secIdType, secId
        var action = reader.Str();
        var quantity = reader.Size() ?? throw new FormatException("placeOrder: totalQuantity is unset.");
        var orderType = reader.Str();
        var lmtPrice = reader.PriceMax();
        var auxPrice = reader.PriceMax();
        var tif = reader.Str();
        var ocaGroup = reader.Str();
        var account = reader.Str();
        reader.Skip(2); // openClose, origin
        var orderRef = reader.Str();
        var transmit = reader.Bool();
        var parentId = reader.Int();
        reader.Skip(3); // blockOrder, sweepToFill, displaySize
        var triggerMethod = (TriggerMethod)reader.Int();
        var outsideRth = reader.Bool();
        reader.Skip(); // hidden
        if (contract.IsBag)
        {
            var legs = new ComboLeg[ContractFields.ReadCount(reader, 8)];
            for (var i = 0; i < legs.Length; i++)
            {
                legs[i] = ContractFields.ReadLeg(reader);
            }

            contract = contract with { ComboLegs = legs };
            reader.Expect("0"); // per-leg prices
            reader.Expect("0"); // smart combo routing params
        }

        reader.Skip(2); // sharesAllocation, discretionaryAmt
        var goodAfterTime = reader.Str();
        var goodTillDate = reader.Str();
        reader.Skip(7); // faGroup, faMethod, faPercentage, modelCode, shortSaleSlot, designatedLocation, exemptCode
        var ocaType = reader.Int();
        reader.Skip(15); // rule80A .. overridePercentageConstraints
        reader.Skip(2); // volatility, volatilityType
        reader.Expect(string.Empty); // deltaNeutralOrderType: none, so no delta-neutral block
        reader.Skip(7); // deltaNeutralAuxPrice, continuousUpdate, referencePriceType, trailStopPrice, trailingPercent, scale sizes
        reader.Expect(string.Empty); // scalePriceIncrement: no scale block
        reader.Skip(3); // scaleTable, activeStartTime, activeStopTime
        reader.Expect(string.Empty); // hedgeType: no hedge param
        reader.Skip(4); // optOutSmartRouting, clearingAccount, clearingIntent, notHeld
        reader.Expect("0"); // deltaNeutralContractPresent
        reader.Expect(string.Empty); // algoStrategy: no algo params
        reader.Skip(); // algoId
        var whatIf = reader.Bool();
        reader.Skip(4); // orderMiscOptions, solicited, randomizeSize, randomizePrice
        reader.Expect("0"); // conditions count
        reader.Skip(24); // adjustedOrderType .. manualOrderTime
        var order = new Order
        {
            OrderId = orderId, Action = action, TotalQuantity = quantity, OrderType = orderType, LmtPrice = lmtPrice,
            AuxPrice = auxPrice, Tif = tif, OcaGroup = ocaGroup, OcaType = ocaType, Account = account, OrderRef = orderRef,
            Transmit = transmit, ParentId = parentId, OutsideRth = outsideRth, TriggerMethod = triggerMethod, GoodAfterTime = goodAfterTime,
            GoodTillDate = goodTillDate, WhatIf = whatIf,
        };
        return new(orderId, contract, order);
    }

    public void Write(FieldWriter writer)
    {
        var o = Order;
        writer.Int(MessageId).Int(OrderId);
        ContractFields.WriteRequest(writer, Contract);
        writer.Str(string.Empty).Str(string.Empty); // secIdType, secId
        writer.Str(o.Action).Size(o.TotalQuantity).Str(o.OrderType).PriceOrEmpty(o.LmtPrice).PriceOrEmpty(o.AuxPrice)
            .Str(o.Tif).Str(o.OcaGroup).Str(o.Account).Str(string.Empty).Int(0) // openClose, origin 0 = customer
            .Str(o.OrderRef).Bool(o.Transmit).Int(o.ParentId)
            .Bool(false).Bool(false).Int(0) // blockOrder, sweepToFill, displaySize
            .Int((int)o.TriggerMethod)
            .Bool(o.OutsideRth).Bool(false); // hidden
        if (Contract.IsBag)
        {
            writer.Int(Contract.ComboLegs.Count);
            foreach (var leg in Contract.ComboLegs)
            {
                ContractFields.WriteLeg(writer, leg);
            }

            writer.Int(0).Int(0); // per-leg prices, smart combo routing params
        }

        writer.Str(string.Empty).Int(0) // sharesAllocation (deprecated), discretionaryAmt
            .Str(o.GoodAfterTime).Str(o.GoodTillDate)
            .Repeat(string.Empty, 4) // faGroup, faMethod, faPercentage, modelCode
            .Int(0).Str(string.Empty).Int(-1) // shortSaleSlot, designatedLocation, exemptCode
            .Int(o.OcaType)
            .Str(string.Empty).Str(string.Empty).Bool(false) // rule80A, settlingFirm, allOrNone
            .Str(string.Empty).Str(string.Empty) // minQty, percentOffset
            .Bool(false).Bool(false).Str(string.Empty) // eTradeOnly, firmQuoteOnly, nbboPriceCap (deprecated)
            .Int(0) // auctionStrategy
            .Repeat(string.Empty, 5) // startingPrice, stockRefPrice, delta, stockRangeLower, stockRangeUpper
            .Bool(false) // overridePercentageConstraints
            .Repeat(string.Empty, 4) // volatility, volatilityType, deltaNeutralOrderType, deltaNeutralAuxPrice
            .Bool(false) // continuousUpdate
            .Repeat(string.Empty, 9) // referencePriceType, trailStopPrice, trailingPercent, scale x3, scaleTable, activeStart/Stop
            .Str(string.Empty).Bool(false) // hedgeType, optOutSmartRouting
            .Str(string.Empty).Str(string.Empty).Bool(false) // clearingAccount, clearingIntent, notHeld
            .Bool(false).Str(string.Empty).Str(string.Empty) // deltaNeutralContractPresent, algoStrategy, algoId
            .Bool(o.WhatIf)
            .Str(string.Empty).Bool(false).Bool(false).Bool(false) // orderMiscOptions, solicited, randomizeSize, randomizePrice
            .Int(0).Str(string.Empty) // conditions count, adjustedOrderType
            .Repeat(WireText.ClientDoubleMax, 5) // triggerPrice, lmtPriceOffset, adjustedStop/StopLimit/TrailingAmount
            .Int(0).Str(string.Empty) // adjustableTrailingUnit, extOperator
            .Repeat(string.Empty, 7) // softDollarTier name/value, cashQty, 4 mifid2 fields
            .Bool(false).Bool(false).Bool(false) // dontUseAutoPriceForHedge, isOmsContainer, discretionaryUpToLimitPrice
            .Str(string.Empty) // usePriceMgmtAlgo (unset)
            .Str(WireText.IntMax).Str(WireText.IntMax) // duration, postToAts
            .Bool(false).Str(string.Empty).Str(string.Empty); // autoCancelParent, advancedErrorOverride, manualOrderTime
    }
}
