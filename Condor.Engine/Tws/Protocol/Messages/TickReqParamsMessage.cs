namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>tickReqParams: minimum tick and BBO exchange of a subscription (no version field).</summary>
internal sealed record TickReqParamsMessage(int TickerId, decimal MinTick, string BboExchange, int SnapshotPermissions) : IIncomingMessage
{
    public const int MessageId = 81;

    public static TickReqParamsMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(reader.Int(), reader.Decimal(), reader.Str(), reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(TickerId).Price(MinTick).Str(BboExchange).Int(SnapshotPermissions);
}
