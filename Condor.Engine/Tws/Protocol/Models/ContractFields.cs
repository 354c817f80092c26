namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>The two contract field groups shared by several messages.</summary>
internal static class ContractFields
{
    /// <summary>Requests (reqContractDetails, reqMktData, placeOrder): conId .. tradingClass, with primaryExch.</summary>
    public static void WriteRequest(FieldWriter writer, Contract contract)
    {
        writer.Int(contract.ConId).Str(contract.Symbol).Str(contract.SecType).Str(contract.LastTradeDateOrContractMonth)
            .Price(contract.Strike).Str(contract.Right).Str(contract.Multiplier).Str(contract.Exchange)
            .Str(contract.PrimaryExch).Str(contract.Currency).Str(contract.LocalSymbol).Str(contract.TradingClass);
    }

    public static Contract ReadRequest(FieldReader reader) => new()
    {
        ConId = reader.Int(),
        Symbol = reader.Str(),
        SecType = reader.Str(),
        LastTradeDateOrContractMonth = reader.Str(),
        Strike = reader.Decimal(),
        Right = reader.Str(),
        Multiplier = reader.Str(),
        Exchange = reader.Str(),
        PrimaryExch = reader.Str(),
        Currency = reader.Str(),
        LocalSymbol = reader.Str(),
        TradingClass = reader.Str(),
    };

    /// <summary>Gateway messages (openOrder, completedOrder, execDetails, position): no primaryExch.</summary>
    public static void WriteGateway(FieldWriter writer, Contract contract)
    {
        writer.Int(contract.ConId).Str(contract.Symbol).Str(contract.SecType).Str(contract.LastTradeDateOrContractMonth)
            .Price(contract.Strike).Str(contract.Right).Str(contract.Multiplier).Str(contract.Exchange)
            .Str(contract.Currency).Str(contract.LocalSymbol).Str(contract.TradingClass);
    }

    public static Contract ReadGateway(FieldReader reader) => new()
    {
        ConId = reader.Int(),
        Symbol = reader.Str(),
        SecType = reader.Str(),
        LastTradeDateOrContractMonth = reader.Str(),
        Strike = reader.Decimal(),
        Right = reader.Str(),
        Multiplier = reader.Str(),
        Exchange = reader.Str(),
        Currency = reader.Str(),
        LocalSymbol = reader.Str(),
        TradingClass = reader.Str(),
    };

    /// <summary>The eight fields of a combo leg, as placeOrder and openOrder carry them.</summary>
    public static void WriteLeg(FieldWriter writer, ComboLeg leg)
    {
        writer.Int(leg.ConId).Int(leg.Ratio).Str(leg.Action).Str(leg.Exchange).Int(leg.OpenClose)
            .Int(leg.ShortSaleSlot).Str(leg.DesignatedLocation).Int(leg.ExemptCode);
    }

    public static ComboLeg ReadLeg(FieldReader reader) => new()
    {
        ConId = reader.Int(),
        Ratio = reader.Int(),
        Action = reader.Str(),
        Exchange = reader.Str(),
        OpenClose = reader.Int(),
        ShortSaleSlot = reader.Int(),
        DesignatedLocation = reader.Str(),
        ExemptCode = reader.Int(),
    };

    /// <summary>A count of repeated items; more items than fields left is refused before any allocation.</summary>
    public static int ReadCount(FieldReader reader, int fieldsPerItem = 1)
    {
        var count = reader.Int();
        return count >= 0 && (long)count * fieldsPerItem <= reader.Remaining
            ? count
            : throw new FormatException($"Field {reader.Position - 1}: count {count} does not fit the message.");
    }
}
