namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>execDetailsEnd: no more execDetails for the request.</summary>
internal sealed record ExecDetailsEndMessage(int ReqId) : IIncomingMessage
{
    public const int MessageId = 55;

    public static ExecDetailsEndMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(ReqId);
}
