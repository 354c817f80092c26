using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>cancelAccountSummary (version 1): ends a reqAccountSummary subscription. No golden record yet.</summary>
internal sealed record CancelAccountSummaryRequest(int ReqId) : ITwsRequest
{
    public const int MessageId = 63;

    public MessagePriority Priority => MessagePriority.Normal;

    public static CancelAccountSummaryRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(ReqId);
}
