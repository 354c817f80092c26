namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>The two contract field groups shared by several messages.</summary>
internal static class ContractFields
{
    /// <summary>Requests (reqContractDetails, reqMktData, placeOrder): conId .. tradingClass, with primaryExch.</summary>
    public static void WriteRequest(FieldWriter writer, Contract contract) => Write(writer, contract, primaryExch: true);

    public static Contract ReadRequest(FieldReader reader) => Read(reader, primaryExch: true);

    /// <summary>Gateway messages (openOrder, completedOrder, execDetails, position): the same group without primaryExch.</summary>
    public static void WriteGateway(FieldWriter writer, Contract contract) => Write(writer, contract, primaryExch: false);

    public static Contract ReadGateway(FieldReader reader) => Read(reader, primaryExch: false);

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

    private static void Write(FieldWriter writer, Contract contract, bool primaryExch)
    {
        writer.Int(contract.ConId).Str(contract.Symbol).Str(contract.SecType).Str(contract.LastTradeDateOrContractMonth)
            .Price(contract.Strike).Str(contract.Right).Str(contract.Multiplier).Str(contract.Exchange);
        if (primaryExch)
        {
            writer.Str(contract.PrimaryExch);
        }

        writer.Str(contract.Currency).Str(contract.LocalSymbol).Str(contract.TradingClass);
    }

    /// <summary>Reads in wire order (object initializers evaluate in source order).</summary>
    private static Contract Read(FieldReader reader, bool primaryExch) => new()
    {
        ConId = reader.Int(),
        Symbol = reader.Str(),
        SecType = reader.Str(),
        LastTradeDateOrContractMonth = reader.Str(),
        Strike = reader.Decimal(),
        Right = reader.Str(),
        Multiplier = reader.Str(),
        Exchange = reader.Str(),
        PrimaryExch = primaryExch ? reader.Str() : string.Empty,
        Currency = reader.Str(),
        LocalSymbol = reader.Str(),
        TradingClass = reader.Str(),
    };
}
