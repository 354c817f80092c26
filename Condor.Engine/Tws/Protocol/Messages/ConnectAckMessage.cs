namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>The handshake reply: server version and connection time, with no message id.</summary>
internal sealed record ConnectAckMessage(int ServerVersion, string ConnectionTime) : IIncomingMessage
{
    public static ConnectAckMessage Read(FieldReader reader) => new(reader.Int(), reader.Str());

    public void Write(FieldWriter writer) => writer.Int(ServerVersion).Str(ConnectionTime);
}
