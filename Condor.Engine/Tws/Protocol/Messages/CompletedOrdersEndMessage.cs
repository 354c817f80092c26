namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>completedOrdersEnd (no version field).</summary>
internal sealed record CompletedOrdersEndMessage : IIncomingMessage
{
    public const int MessageId = 102;

    public static CompletedOrdersEndMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new();
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId);
}
