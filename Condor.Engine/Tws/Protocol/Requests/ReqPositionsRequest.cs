using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqPositions: position rows then positionEnd.</summary>
internal sealed record ReqPositionsRequest : ITwsRequest
{
    public const int MessageId = 61;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqPositionsRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1);
}
