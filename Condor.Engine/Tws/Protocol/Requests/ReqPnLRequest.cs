using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqPnL: daily / unrealized / realized P&amp;L of an account (no version field at 177).</summary>
internal sealed record ReqPnLRequest(int ReqId, string Account, string ModelCode) : ITwsRequest
{
    public const int MessageId = 92;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqPnLRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(reader.Int(), reader.Str(), reader.Str());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(ReqId).Str(Account).Str(ModelCode);
}
