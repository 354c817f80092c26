namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>positionEnd: the position snapshot is complete.</summary>
internal sealed record PositionEndMessage : IIncomingMessage
{
    public const int MessageId = 62;

    public static PositionEndMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1);
}
