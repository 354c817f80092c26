namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>tickSnapshotEnd: a snapshot request is complete.</summary>
internal sealed record TickSnapshotEndMessage(int TickerId) : IIncomingMessage
{
    public const int MessageId = 57;

    public static TickSnapshotEndMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(TickerId);
}
