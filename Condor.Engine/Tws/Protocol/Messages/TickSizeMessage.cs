namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>tickSize: bid/ask/last size (0/3/5), volume (8), delayed variants.</summary>
internal sealed record TickSizeMessage(int TickerId, int TickType, decimal? Size) : IIncomingMessage
{
    public const int MessageId = 2;

    public static TickSizeMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(6);
        return new(reader.Int(), reader.Int(), reader.Size());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(6).Int(TickerId).Int(TickType).Size(Size);
}
