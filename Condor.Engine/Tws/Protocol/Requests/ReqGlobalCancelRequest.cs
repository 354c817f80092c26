using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqGlobalCancel: cancels every open order of the account (kill switch).</summary>
internal sealed record ReqGlobalCancelRequest : ITwsRequest
{
    public const int MessageId = 58;

    public MessagePriority Priority => MessagePriority.Urgent;

    public static ReqGlobalCancelRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1);
}
