namespace Condor.Tests.Tws.Protocol;

/// <summary>
/// The ONE place that says how IB's recorded names map onto Condor's types. A recorded property is matched
/// to the Condor property of the same name (case-insensitive), or renamed here, or listed here as
/// deliberately ignored; anything else fails the golden tests.
/// Keys are "CondorTypeName.ibName"; path keys ("callback.arg.Property") ignore one message's property only.
/// </summary>
internal static class GoldenMapping
{
    public static readonly IReadOnlyDictionary<string, string> Renames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["PlaceOrderRequest.id"] = "OrderId",
        ["TickPriceMessage.field"] = "TickType",
        ["TickSizeMessage.field"] = "TickType",
        ["TickGenericMessage.field"] = "TickType",
        ["TickStringMessage.field"] = "TickType",
        ["TickOptionComputationMessage.field"] = "TickType",
        ["PositionMessage.pos"] = "Position",
    };

    public static readonly IReadOnlySet<string> IgnoredProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // Requests: Condor never sends market-data options (always written empty).
        "ReqMktDataRequest.mktDataOptions",

        // Contract: identifiers and descriptions Condor does not use.
        "Contract.SecIdType", "Contract.SecId", "Contract.Description", "Contract.IssuerId", "Contract.DeltaNeutralContract",

        // TickAttrib: tick-by-tick attributes, not carried by tickPrice.
        "TickAttrib.Unreported", "TickAttrib.BidPastLow", "TickAttrib.AskPastHigh",

        // ContractDetails: EFP, bond and fund data; sec-id list.
        "ContractDetails.EvRule", "ContractDetails.EvMultiplier", "ContractDetails.SecIdList", "ContractDetails.Cusip",
        "ContractDetails.Ratings", "ContractDetails.DescAppend", "ContractDetails.BondType", "ContractDetails.CouponType",
        "ContractDetails.Callable", "ContractDetails.Putable", "ContractDetails.Coupon", "ContractDetails.Convertible",
        "ContractDetails.Maturity", "ContractDetails.IssueDate", "ContractDetails.NextOptionDate",
        "ContractDetails.NextOptionType", "ContractDetails.NextOptionPartial", "ContractDetails.Notes",

        // Execution: EFP and model fields.
        "Execution.EvRule", "Execution.EvMultiplier", "Execution.ModelCode",

        // CommissionReport: bond yield.
        "CommissionReport.Yield", "CommissionReport.YieldRedemptionDate",

        // completedOrder carries no commission: IB's constructor default 0 is not a value Condor reports.
        "completedOrder.orderState.Commission", "completedOrder.orderState.MinCommission", "completedOrder.orderState.MaxCommission",

        // Order: every IB order property Condor does not use (written with IB's defaults).
        "Order.Solicited", "Order.BlockOrder", "Order.SweepToFill", "Order.DisplaySize",
        "Order.Hidden", "Order.OverridePercentageConstraints", "Order.Rule80A", "Order.AllOrNone", "Order.MinQty",
        "Order.PercentOffset", "Order.TrailStopPrice", "Order.TrailingPercent", "Order.FaGroup", "Order.FaMethod",
        "Order.FaPercentage", "Order.OpenClose", "Order.Origin", "Order.ShortSaleSlot", "Order.DesignatedLocation",
        "Order.ExemptCode", "Order.DiscretionaryAmt", "Order.OptOutSmartRouting", "Order.AuctionStrategy",
        "Order.StartingPrice", "Order.StockRefPrice", "Order.Delta", "Order.StockRangeLower", "Order.StockRangeUpper",
        "Order.Volatility", "Order.VolatilityType", "Order.ContinuousUpdate", "Order.ReferencePriceType",
        "Order.DeltaNeutralOrderType", "Order.DeltaNeutralAuxPrice", "Order.DeltaNeutralConId",
        "Order.DeltaNeutralSettlingFirm", "Order.DeltaNeutralClearingAccount", "Order.DeltaNeutralClearingIntent",
        "Order.DeltaNeutralOpenClose", "Order.DeltaNeutralShortSale", "Order.DeltaNeutralShortSaleSlot",
        "Order.DeltaNeutralDesignatedLocation", "Order.BasisPoints", "Order.BasisPointsType", "Order.ScaleInitLevelSize",
        "Order.ScaleSubsLevelSize", "Order.ScalePriceIncrement", "Order.ScalePriceAdjustValue",
        "Order.ScalePriceAdjustInterval", "Order.ScaleProfitOffset", "Order.ScaleAutoReset", "Order.ScaleInitPosition",
        "Order.ScaleInitFillQty", "Order.ScaleRandomPercent", "Order.HedgeType", "Order.HedgeParam", "Order.SettlingFirm",
        "Order.ClearingAccount", "Order.ClearingIntent", "Order.AlgoStrategy", "Order.AlgoParams", "Order.AlgoId",
        "Order.NotHeld", "Order.SmartComboRoutingParams", "Order.OrderComboLegs", "Order.OrderMiscOptions",
        "Order.ActiveStartTime", "Order.ActiveStopTime", "Order.ScaleTable", "Order.ModelCode", "Order.ExtOperator",
        "Order.CashQty", "Order.Mifid2DecisionMaker", "Order.Mifid2DecisionAlgo", "Order.Mifid2ExecutionTrader",
        "Order.Mifid2ExecutionAlgo", "Order.DontUseAutoPriceForHedge", "Order.AutoCancelDate", "Order.RefFuturesConId",
        "Order.AutoCancelParent", "Order.Shareholder", "Order.ImbalanceOnly", "Order.RouteMarketableToBbo",
        "Order.ParentPermId", "Order.AdvancedErrorOverride", "Order.ManualOrderTime", "Order.MinTradeQty",
        "Order.MinCompeteSize", "Order.CompeteAgainstBestOffset", "Order.MidOffsetAtWhole", "Order.MidOffsetAtHalf",
        "Order.RandomizeSize", "Order.RandomizePrice", "Order.ReferenceContractId", "Order.IsPeggedChangeAmountDecrease",
        "Order.PeggedChangeAmount", "Order.ReferenceChangeAmount", "Order.ReferenceExchange", "Order.AdjustedOrderType",
        "Order.TriggerPrice", "Order.LmtPriceOffset", "Order.AdjustedStopPrice", "Order.AdjustedStopLimitPrice",
        "Order.AdjustedTrailingAmount", "Order.AdjustableTrailingUnit", "Order.Conditions", "Order.ConditionsIgnoreRth",
        "Order.ConditionsCancelOrder", "Order.Tier", "Order.IsOmsContainer", "Order.DiscretionaryUpToLimitPrice",
        "Order.UsePriceMgmtAlgo", "Order.Duration", "Order.PostToAts",
    };

    public static string Resolve(string condorTypeName, string ibName) =>
        Renames.TryGetValue($"{condorTypeName}.{ibName}", out var renamed) ? renamed : ibName;

    public static bool IsIgnored(string condorTypeName, string ibName, string path) =>
        IgnoredProperties.Contains($"{condorTypeName}.{ibName}") || IgnoredProperties.Contains(path);
}
