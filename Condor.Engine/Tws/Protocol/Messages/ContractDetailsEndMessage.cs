namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>contractDetailsEnd: no more contractDetails for the request.</summary>
internal sealed record ContractDetailsEndMessage(int ReqId) : IIncomingMessage
{
    public const int MessageId = 52;

    public static ContractDetailsEndMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(ReqId);
}
