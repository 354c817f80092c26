using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqOpenOrders: this client's open orders, then openOrderEnd.</summary>
internal sealed record ReqOpenOrdersRequest : ITwsRequest
{
    public const int MessageId = 5;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqOpenOrdersRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1);
}
