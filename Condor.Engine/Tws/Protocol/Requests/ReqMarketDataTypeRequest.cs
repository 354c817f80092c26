using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqMarketDataType: 1 live, 2 frozen, 3 delayed, 4 delayed frozen.</summary>
internal sealed record ReqMarketDataTypeRequest(int MarketDataType) : ITwsRequest
{
    public const int MessageId = 59;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqMarketDataTypeRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(MarketDataType);
}
