using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqAccountSummary: group ("All") and comma-separated tags (NetLiquidation, ...).</summary>
internal sealed record ReqAccountSummaryRequest(int ReqId, string Group, string Tags) : ITwsRequest
{
    public const int MessageId = 62;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqAccountSummaryRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int(), reader.Str(), reader.Str());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(ReqId).Str(Group).Str(Tags);
}
