using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqCurrentTime: the gateway answers with currentTime.</summary>
internal sealed record ReqCurrentTimeRequest : ITwsRequest
{
    public const int MessageId = 49;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqCurrentTimeRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1);
}
