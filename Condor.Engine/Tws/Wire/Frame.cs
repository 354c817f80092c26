using System.Buffers.Binary;
using System.Text;

namespace Condor.Engine.Tws.Wire;

/// <summary>
/// The TWS message frame: a 4-byte big-endian body length, then NUL-terminated ASCII fields (every field,
/// the last one included, ends in 0x00). Pure functions; the socket loops live in the transport.
/// </summary>
internal static class Frame
{
    /// <summary>Frames larger than this are not trusted (IB's own limit is 16 MB; real messages are a few KB).</summary>
    public const int MaxBodyLength = 1 << 20;

    public const int HeaderLength = 4;

    /// <summary>The whole frame (length prefix included) for these fields.</summary>
    public static byte[] Encode(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var bodyLength = 0;
        foreach (var field in fields)
        {
            bodyLength += Encoding.ASCII.GetByteCount(field) + 1;
        }

        var frame = new byte[HeaderLength + bodyLength];
        BinaryPrimitives.WriteInt32BigEndian(frame, bodyLength);
        var offset = HeaderLength;
        foreach (var field in fields)
        {
            EnsurePrintableAscii(field);
            offset += Encoding.ASCII.GetBytes(field, frame.AsSpan(offset));
            frame[offset++] = 0;
        }

        return frame;
    }

    /// <summary>Splits a frame body into its fields. A body that does not end in NUL is malformed.</summary>
    public static string[] DecodeBody(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body[^1] != 0)
        {
            throw new FormatException("A TWS frame body must end with a NUL terminator.");
        }

        var count = body.Count((byte)0);
        var fields = new string[count];
        var index = 0;
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)0);
            fields[index++] = Encoding.Latin1.GetString(body[..end]);
            body = body[(end + 1)..];
        }

        return fields;
    }

    private static void EnsurePrintableAscii(string field)
    {
        foreach (var c in field)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException(
                    $"TWS fields must be printable ASCII; found U+{(int)c:X4} in \"{field}\".", nameof(field));
            }
        }
    }
}
