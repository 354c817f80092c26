namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>openOrderEnd: the open-order snapshot is complete.</summary>
internal sealed record OpenOrderEndMessage : IIncomingMessage
{
    public const int MessageId = 53;

    public static OpenOrderEndMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1);
}
