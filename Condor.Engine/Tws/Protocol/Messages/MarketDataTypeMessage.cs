namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>marketDataType: 1 live, 2 frozen, 3 delayed, 4 delayed frozen, for a ticker.</summary>
internal sealed record MarketDataTypeMessage(int ReqId, int MarketDataType) : IIncomingMessage
{
    public const int MessageId = 58;

    public static MarketDataTypeMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int(), reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(ReqId).Int(MarketDataType);
}
