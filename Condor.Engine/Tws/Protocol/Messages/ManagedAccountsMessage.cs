namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>managedAccounts: comma-separated account codes.</summary>
internal sealed record ManagedAccountsMessage(string AccountsList) : IIncomingMessage
{
    public const int MessageId = 15;

    public static ManagedAccountsMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Str());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Str(AccountsList);
}
