using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>startApi: sent right after the handshake reply, with the configured client id.</summary>
internal sealed record StartApiRequest(int ClientId, string OptionalCapabilities) : ITwsRequest
{
    public const int MessageId = 71;

    public MessagePriority Priority => MessagePriority.Urgent;

    public static StartApiRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(2);
        return new(reader.Int(), reader.Str());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(2).Int(ClientId).Str(OptionalCapabilities);
}
