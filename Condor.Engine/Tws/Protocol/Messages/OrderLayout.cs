using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// Field groups that openOrder and completedOrder share, including the optional blocks whose presence a
/// trigger field decides (README "openOrder quirks"). Readers honour every trigger so a foreign order
/// (placed in TWS) is still read in step; writers write the trigger values IB sends for Condor's orders.
/// </summary>
internal static class OrderLayout
{
    /// <summary>
    /// The order fields that openOrder and completedOrder both start with, after the contract: action ..
    /// account, then openClose and origin (not modelled: written as IB sends them, skipped on read).
    /// </summary>
    public static Order ReadHead(FieldReader reader, string message)
    {
        var order = new Order
        {
            Action = reader.Str(),
            TotalQuantity = reader.Size() ?? throw new FormatException($"{message}: totalQuantity is unset."),
            OrderType = reader.Str(),
            LmtPrice = reader.PriceMax(),
            AuxPrice = reader.PriceMax(),
            Tif = reader.Str(),
            OcaGroup = reader.Str(),
            Account = reader.Str(),
        };
        reader.Skip(2); // openClose, origin
        return order;
    }

    public static FieldWriter WriteHead(FieldWriter writer, Order o) =>
        writer.Str(o.Action).Size(o.TotalQuantity).Str(o.OrderType).PriceOrGatewayMax(o.LmtPrice).PriceOrGatewayMax(o.AuxPrice)
            .Str(o.Tif).Str(o.OcaGroup).Str(o.Account).Str(string.Empty).Int(0); // openClose, origin

    /// <summary>comboLegsDescription, legs, per-leg prices (one unset price per leg).</summary>
    public static Contract ReadComboLegs(FieldReader reader, Contract contract)
    {
        var description = reader.Str();
        var legs = new ComboLeg[ContractFields.ReadCount(reader, 8)];
        for (var i = 0; i < legs.Length; i++)
        {
            legs[i] = ContractFields.ReadLeg(reader);
        }

        var prices = ContractFields.ReadCount(reader);
        for (var i = 0; i < prices; i++)
        {
            reader.PriceMax();
        }

        return contract with { ComboLegsDescription = description, ComboLegs = legs };
    }

    public static void WriteComboLegs(FieldWriter writer, Contract contract)
    {
        writer.Str(contract.ComboLegsDescription).Int(contract.ComboLegs.Count);
        foreach (var leg in contract.ComboLegs)
        {
            ContractFields.WriteLeg(writer, leg);
        }

        writer.Int(contract.ComboLegs.Count).Repeat(WireText.GatewayDoubleMax, contract.ComboLegs.Count);
    }

    /// <summary>Tag/value list: a count, then tag and value per item.</summary>
    public static void SkipTagValues(FieldReader reader) => reader.Skip(2 * ContractFields.ReadCount(reader, 2));

    /// <summary>deltaNeutralOrderType, its aux price, then (when the type is non-empty) the extra fields.</summary>
    public static void SkipDeltaNeutralOrder(FieldReader reader, int extraFields)
    {
        var type = reader.Str();
        reader.PriceMax();
        if (type.Length > 0)
        {
            reader.Skip(extraFields);
        }
    }

    /// <summary>scaleInitLevelSize, scaleSubsLevelSize, scalePriceIncrement (+7 when the increment is positive).</summary>
    public static void SkipScale(FieldReader reader)
    {
        reader.IntMax();
        reader.IntMax();
        if (reader.DoubleMax() is > 0)
        {
            reader.Skip(7);
        }
    }

    public static void WriteScale(FieldWriter writer) =>
        writer.Str(WireText.IntMax).Str(WireText.IntMax).Str(WireText.GatewayDoubleMax);

    /// <summary>hedgeType, then hedgeParam when the type is non-empty.</summary>
    public static void SkipHedge(FieldReader reader)
    {
        if (reader.Str().Length > 0)
        {
            reader.Skip();
        }
    }

    /// <summary>deltaNeutralContractPresent, then conId, delta, price when present.</summary>
    public static void SkipDeltaNeutralContract(FieldReader reader)
    {
        if (reader.Bool())
        {
            reader.Skip(3);
        }
    }

    /// <summary>algoStrategy, then its parameters when non-empty.</summary>
    public static void SkipAlgo(FieldReader reader)
    {
        if (reader.Str().Length > 0)
        {
            SkipTagValues(reader);
        }
    }

    /// <summary>The five pegged-to-benchmark fields follow only for order type PEG BENCH.</summary>
    public static void SkipPegBench(FieldReader reader, string orderType)
    {
        if (string.Equals(orderType, "PEG BENCH", StringComparison.Ordinal))
        {
            reader.Skip(5);
        }
    }

    public static void WritePegBench(FieldWriter writer, string orderType)
    {
        if (string.Equals(orderType, "PEG BENCH", StringComparison.Ordinal))
        {
            writer.Int(0).Bool(false).Double(0).Double(0).Str(string.Empty);
        }
    }

    /// <summary>Order conditions: a count, each condition's fields by type, then ignoreRth and cancelOrder.</summary>
    public static void SkipConditions(FieldReader reader)
    {
        var count = ContractFields.ReadCount(reader, 3);
        for (var i = 0; i < count; i++)
        {
            // Fields after the type: conjunction plus, by type, price 1 (isMore, price, conId, exchange,
            // triggerMethod), time 3 (isMore, time), margin 4 (isMore, percent), execution 5 (secType,
            // exchange, symbol), volume 6 and percent change 7 (isMore, value, conId, exchange).
            var fields = reader.Int() switch
            {
                1 => 6,
                3 or 4 => 3,
                5 => 4,
                6 or 7 => 5,
                var type => throw new FormatException($"Field {reader.Position - 1}: unknown order condition type {type}."),
            };
            reader.Skip(fields);
        }

        if (count > 0)
        {
            reader.Skip(2);
        }
    }
}
