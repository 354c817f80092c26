using System.Globalization;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// The handshake as the transport's loops need it (fixtures README, "Handshake"; golden records
/// <c>handshake</c>, <c>connectAck</c>, <c>startApi</c>). Owns no bytes or layouts: the hello and the
/// version constants come from the codec's <see cref="Handshake"/>, startApi and connectAck from their
/// message records, so the two cannot drift apart.
/// </summary>
internal static class HandshakeProtocol
{
    /// <summary>The only server version Condor speaks (the client announces <c>v100..177</c>).</summary>
    public const int ServerVersion = Handshake.ServerVersion;

    /// <summary>The lowest version announced in the range; gateways answering below <see cref="ServerVersion"/> are refused anyway.</summary>
    public const int MinAnnouncedVersion = Handshake.MinServerVersion;

    /// <summary>startApi's message id (71).</summary>
    public static readonly string StartApiMessageId = StartApiRequest.MessageId.ToString(CultureInfo.InvariantCulture);

    /// <summary>nextValidId's message id (9): the transport watches it to seed order ids.</summary>
    public static readonly string ErrorMessageId = Protocol.Messages.ErrorMessage.MessageId.ToString(CultureInfo.InvariantCulture);

    public static readonly string NextValidIdMessageId = NextValidIdMessage.MessageId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The raw, unframed prefix <c>API\0</c>.</summary>
    public static ReadOnlySpan<byte> ApiPrefix => Handshake.ApiPrefix;

    /// <summary>The version-range text of the length-prefixed block (no NUL terminator, no second "v").</summary>
    public static string VersionRange => Handshake.VersionRange;

    /// <summary>Everything the client writes first, in one write: <c>41504900 00000009 763130302e2e313737</c>.</summary>
    public static ReadOnlySpan<byte> ClientHello => Handshake.ClientHello;

    /// <summary>The startApi fields for this client id (capabilities empty unless given).</summary>
    public static string[] StartApiFields(int clientId, string optionalCapabilities = "") =>
        ProtocolEncoder.Fields(new StartApiRequest(clientId, optionalCapabilities));

    /// <summary>The gateway's reply to the hello: server version and connection time, no message id.</summary>
    public static string[] ConnectAckFields(int serverVersion, string connectionTime) =>
        ProtocolEncoder.Fields(new ConnectAckMessage(serverVersion, connectionTime));
}
