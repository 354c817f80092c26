using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>cancelPositions: stops the position stream.</summary>
internal sealed record CancelPositionsRequest : ITwsRequest
{
    public const int MessageId = 64;

    public MessagePriority Priority => MessagePriority.Normal;

    public static CancelPositionsRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1);
}
