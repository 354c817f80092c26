using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqAllOpenOrders: every open order of the account, then openOrderEnd.</summary>
internal sealed record ReqAllOpenOrdersRequest : ITwsRequest
{
    public const int MessageId = 16;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqAllOpenOrdersRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1);
}
