using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Condor.Engine.Tws.Protocol;

/// <summary>
/// The opening bytes of a connection, as IB's 10.2x clients send them: <c>API\0</c>, then one length-prefixed
/// block <c>v100..177</c> with no NUL terminator. The reply is <see cref="Messages.ConnectAckMessage"/>.
/// The one owner of the hello bytes and version constants: the transport's <c>HandshakeProtocol</c> and
/// handshake loops read them from here.
/// </summary>
internal static class Handshake
{
    public const int MinServerVersion = 100;

    /// <summary>The version Condor speaks; a gateway answering with less is refused by the transport.</summary>
    public const int ServerVersion = 177;

    private static readonly byte[] Prefix = "API\0"u8.ToArray();

    private static readonly byte[] DefaultHello = EncodeClientHello();

    /// <summary>The raw, unframed prefix <c>API\0</c>.</summary>
    public static ReadOnlySpan<byte> ApiPrefix => Prefix;

    /// <summary>The version-range text Condor announces: <c>v100..177</c>.</summary>
    public static string VersionRange { get; } =
        string.Create(CultureInfo.InvariantCulture, $"v{MinServerVersion}..{ServerVersion}");

    /// <summary>The hello Condor sends: <c>41504900 00000009 763130302e2e313737</c>.</summary>
    public static ReadOnlySpan<byte> ClientHello => DefaultHello;

    /// <summary>The client's hello: <c>41504900 00000009 763130302e2e313737</c> for 100..177.</summary>
    public static byte[] EncodeClientHello(int minVersion = MinServerVersion, int maxVersion = ServerVersion)
    {
        var range = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v{minVersion}..{maxVersion}"));
        var bytes = new byte[Prefix.Length + 4 + range.Length];
        Prefix.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(Prefix.Length), range.Length);
        range.CopyTo(bytes, Prefix.Length + 4);
        return bytes;
    }

    /// <summary>Gateway side: reads a client hello; false (with a reason) when the bytes are not one.</summary>
    public static bool TryParseClientHello(ReadOnlySpan<byte> bytes, out int minVersion, out int maxVersion, out string reason)
    {
        minVersion = maxVersion = 0;
        if (bytes.Length < Prefix.Length + 4 || !bytes[..Prefix.Length].SequenceEqual(Prefix))
        {
            reason = "The hello does not start with API\\0 and a length.";
            return false;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(bytes[Prefix.Length..]);
        var block = bytes[(Prefix.Length + 4)..];
        if (length != block.Length || length > 64)
        {
            reason = $"The version block claims {length} bytes but {block.Length} follow.";
            return false;
        }

        var text = Encoding.ASCII.GetString(block);
        var parts = text.StartsWith('v') ? text[1..].Split("..") : [];
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out minVersion)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out maxVersion))
        {
            reason = $"The version block \"{text}\" is not vMIN..MAX.";
            return false;
        }

        reason = string.Empty;
        return true;
    }
}
