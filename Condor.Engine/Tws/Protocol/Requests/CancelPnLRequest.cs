using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>cancelPnL (no version field): ends a reqPnL subscription. No golden record yet.</summary>
internal sealed record CancelPnLRequest(int ReqId) : ITwsRequest
{
    public const int MessageId = 93;

    public MessagePriority Priority => MessagePriority.Normal;

    public static CancelPnLRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(ReqId);
}
