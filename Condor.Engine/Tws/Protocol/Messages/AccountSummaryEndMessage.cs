namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>accountSummaryEnd.</summary>
internal sealed record AccountSummaryEndMessage(int ReqId) : IIncomingMessage
{
    public const int MessageId = 64;

    public static AccountSummaryEndMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(ReqId);
}
