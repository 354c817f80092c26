namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>currentTime: the gateway clock in Unix seconds.</summary>
internal sealed record CurrentTimeMessage(long Time) : IIncomingMessage
{
    public const int MessageId = 49;

    public static CurrentTimeMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Long());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Long(Time);
}
