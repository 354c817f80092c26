namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>tickString: a text tick such as the last timestamp (45).</summary>
internal sealed record TickStringMessage(int TickerId, int TickType, string Value) : IIncomingMessage
{
    public const int MessageId = 46;

    public static TickStringMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(6);
        return new(reader.Int(), reader.Int(), reader.Str());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(6).Int(TickerId).Int(TickType).Str(Value);
}
