using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqAutoOpenOrders: binds orders placed in TWS to this client (client id 0 only).</summary>
internal sealed record ReqAutoOpenOrdersRequest(bool AutoBind) : ITwsRequest
{
    public const int MessageId = 15;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqAutoOpenOrdersRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Bool());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Bool(AutoBind);
}
