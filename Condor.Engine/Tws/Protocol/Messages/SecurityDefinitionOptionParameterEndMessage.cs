namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>securityDefinitionOptionParameterEnd (no version field at 177).</summary>
internal sealed record SecurityDefinitionOptionParameterEndMessage(int ReqId) : IIncomingMessage
{
    public const int MessageId = 76;

    public static SecurityDefinitionOptionParameterEndMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(ReqId);
}
