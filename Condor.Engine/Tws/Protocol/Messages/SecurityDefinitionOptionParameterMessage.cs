using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// securityDefinitionOptionParameter (no version field): one exchange's expirations (yyyyMMdd) and strikes
/// for an underlying, in wire order.
/// </summary>
internal sealed record SecurityDefinitionOptionParameterMessage(
    int ReqId,
    string Exchange,
    int UnderlyingConId,
    string TradingClass,
    string Multiplier,
    IReadOnlyList<string> Expirations,
    IReadOnlyList<decimal> Strikes) : IIncomingMessage
{
    public const int MessageId = 75;

    public static SecurityDefinitionOptionParameterMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        var reqId = reader.Int();
        var exchange = reader.Str();
        var underlyingConId = reader.Int();
        var tradingClass = reader.Str();
        var multiplier = reader.Str();
        var expirations = new string[ContractFields.ReadCount(reader)];
        for (var i = 0; i < expirations.Length; i++)
        {
            expirations[i] = reader.Str();
        }

        var strikes = new decimal[ContractFields.ReadCount(reader)];
        for (var i = 0; i < strikes.Length; i++)
        {
            strikes[i] = reader.Decimal();
        }

        return new(reqId, exchange, underlyingConId, tradingClass, multiplier, expirations, strikes);
    }

    public void Write(FieldWriter writer)
    {
        writer.Int(MessageId).Int(ReqId).Str(Exchange).Int(UnderlyingConId).Str(TradingClass).Str(Multiplier)
            .Int(Expirations.Count);
        foreach (var expiration in Expirations)
        {
            writer.Str(expiration);
        }

        writer.Int(Strikes.Count);
        foreach (var strike in Strikes)
        {
            writer.Price(strike);
        }
    }
}
