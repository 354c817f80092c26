namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>tickGeneric: a numeric tick such as option implied volatility (24).</summary>
internal sealed record TickGenericMessage(int TickerId, int TickType, double? Value) : IIncomingMessage
{
    public const int MessageId = 45;

    public static TickGenericMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(6);
        return new(reader.Int(), reader.Int(), reader.Double());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(6).Int(TickerId).Int(TickType).DoubleOrGatewayMax(Value);
}
