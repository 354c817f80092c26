namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>nextValidId: the next order id the gateway accepts.</summary>
internal sealed record NextValidIdMessage(int OrderId) : IIncomingMessage
{
    public const int MessageId = 9;

    public static NextValidIdMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(OrderId);
}
