using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqSecDefOptParams: expirations and strikes of an underlying's options (no version field at 177).</summary>
internal sealed record ReqSecDefOptParamsRequest(
    int ReqId, string UnderlyingSymbol, string FutFopExchange, string UnderlyingSecType, int UnderlyingConId) : ITwsRequest
{
    public const int MessageId = 78;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqSecDefOptParamsRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(reader.Int(), reader.Str(), reader.Str(), reader.Str(), reader.Int());
    }

    public void Write(FieldWriter writer) =>
        writer.Int(MessageId).Int(ReqId).Str(UnderlyingSymbol).Str(FutFopExchange).Str(UnderlyingSecType).Int(UnderlyingConId);
}
