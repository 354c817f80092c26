using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqCompletedOrders (no version field at 177).</summary>
internal sealed record ReqCompletedOrdersRequest(bool ApiOnly) : ITwsRequest
{
    public const int MessageId = 99;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqCompletedOrdersRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(reader.Bool());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Bool(ApiOnly);
}
