namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>accountSummary: one tag of one account; the value stays text (some tags are not numbers).</summary>
internal sealed record AccountSummaryMessage(int ReqId, string Account, string Tag, string Value, string Currency) : IIncomingMessage
{
    public const int MessageId = 63;

    public static AccountSummaryMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int(), reader.Str(), reader.Str(), reader.Str(), reader.Str());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(ReqId).Str(Account).Str(Tag).Str(Value).Str(Currency);
}
