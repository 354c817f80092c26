using System.Globalization;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// Every byte and field of the TWS connection handshake, in one place (fixtures README, "Handshake";
/// golden records <c>handshake</c>, <c>connectAck</c>, <c>startApi</c>).
/// </summary>
internal static class HandshakeProtocol
{
    /// <summary>The only server version Condor speaks (the client announces <c>v100..177</c>).</summary>
    public const int ServerVersion = 177;

    /// <summary>The lowest version announced in the range; gateways answering below <see cref="ServerVersion"/> are refused anyway.</summary>
    public const int MinAnnouncedVersion = 100;

    /// <summary>startApi: message id 71, version 2, then client id and optional capabilities.</summary>
    public const string StartApiMessageId = "71";

    public const string StartApiVersion = "2";

    /// <summary>nextValidId (message id 9, version, order id): the transport watches it to seed order ids.</summary>
    public const string NextValidIdMessageId = "9";

    /// <summary>The raw, unframed prefix <c>API\0</c>.</summary>
    public static ReadOnlySpan<byte> ApiPrefix => "API\0"u8;

    /// <summary>The version-range text of the length-prefixed block (no NUL terminator, no second "v").</summary>
    public static string VersionRange { get; } =
        string.Create(CultureInfo.InvariantCulture, $"v{MinAnnouncedVersion}..{ServerVersion}");

    /// <summary>
    /// Everything the client writes first, in one write: <c>41504900 00000009 763130302e2e313737</c>.
    /// </summary>
    public static ReadOnlySpan<byte> ClientHello =>
    [
        0x41, 0x50, 0x49, 0x00,
        0x00, 0x00, 0x00, 0x09,
        0x76, 0x31, 0x30, 0x30, 0x2e, 0x2e, 0x31, 0x37, 0x37,
    ];

    /// <summary>The startApi fields for this client id (capabilities empty unless given).</summary>
    public static string[] StartApiFields(int clientId, string optionalCapabilities = "") =>
        [StartApiMessageId, StartApiVersion, clientId.ToString(CultureInfo.InvariantCulture), optionalCapabilities];

    /// <summary>The gateway's reply to the hello: server version and connection time, no message id.</summary>
    public static string[] ConnectAckFields(int serverVersion, string connectionTime) =>
        [serverVersion.ToString(CultureInfo.InvariantCulture), connectionTime];
}
