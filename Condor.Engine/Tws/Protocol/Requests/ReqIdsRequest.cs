using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqIds: asks for the next valid order id (answered by nextValidId).</summary>
internal sealed record ReqIdsRequest(int NumIds) : ITwsRequest
{
    public const int MessageId = 8;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqIdsRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(NumIds);
}
