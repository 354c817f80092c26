using System.Buffers.Binary;
using System.Globalization;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// Reads length-prefixed TWS frames from a stream, however the bytes arrive (partial reads are
/// reassembled). One reader per stream, used by one loop at a time.
/// </summary>
/// <remarks>
/// Outcomes: a frame's fields; <c>null</c> when the peer closed the stream cleanly between two frames;
/// <see cref="IOException"/> when it closed in the middle of a frame; <see cref="TwsProtocolException"/>
/// (with the bytes in hex) when a length exceeds <see cref="Frame.MaxBodyLength"/>, is zero, or a body does not
/// end in NUL. After a protocol exception the stream is out of sync and must be closed.
/// Reads go through a 64 KB read buffer (one socket read serves many small frames), so once a reader is
/// created, every read of that stream must go through it. Writing to the same stream elsewhere is fine.
/// </remarks>
internal sealed class FrameReader
{
    private const int ReadBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _header = new byte[Frame.HeaderLength];
    private byte[] _body = new byte[4096];

    public FrameReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream is MemoryStream or BufferedStream ? stream : new BufferedStream(stream, ReadBufferSize);
    }

    /// <summary>Reads the next frame and splits it into fields; <c>null</c> on a clean end of stream.</summary>
    public async ValueTask<string[]?> ReadFieldsAsync(CancellationToken cancellationToken)
    {
        var length = await ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        if (length is null)
        {
            return null;
        }

        var body = _body.AsMemory(0, length.Value);
        if (body.Span[^1] != 0)
        {
            throw new TwsProtocolException(
                "TWS frame body of " + length.Value.ToString(CultureInfo.InvariantCulture)
                + " bytes does not end with a NUL terminator: " + HexDump.Format(body.Span));
        }

        return Frame.DecodeBody(body.Span);
    }

    /// <summary>
    /// Reads the next length-prefixed block without interpreting it (the handshake's version block is not
    /// NUL-terminated); <c>null</c> on a clean end of stream.
    /// </summary>
    public async ValueTask<byte[]?> ReadBlockAsync(CancellationToken cancellationToken)
    {
        var length = await ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        return length is null ? null : _body.AsSpan(0, length.Value).ToArray();
    }

    /// <summary>Reads exactly <paramref name="count"/> raw bytes (the handshake's <c>API\0</c> prefix).</summary>
    public async ValueTask<byte[]> ReadRawAsync(int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        await _stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer;
    }

    private async ValueTask<int?> ReadBodyAsync(CancellationToken cancellationToken)
    {
        var headerRead = await _stream
            .ReadAtLeastAsync(_header, _header.Length, throwOnEndOfStream: false, cancellationToken)
            .ConfigureAwait(false);
        if (headerRead == 0)
        {
            return null;
        }

        if (headerRead < _header.Length)
        {
            throw new EndOfStreamException(
                "The TWS stream ended inside a frame header after " + headerRead.ToString(CultureInfo.InvariantCulture)
                + " bytes: " + HexDump.Format(_header.AsSpan(0, headerRead)));
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(_header);
        if (length == 0 || length > Frame.MaxBodyLength)
        {
            throw new TwsProtocolException(
                "TWS frame length " + length.ToString(CultureInfo.InvariantCulture) + " is outside 1.."
                + Frame.MaxBodyLength.ToString(CultureInfo.InvariantCulture) + "; header bytes: " + HexDump.Format(_header));
        }

        var size = (int)length;
        if (_body.Length < size)
        {
            _body = new byte[Math.Max(size, _body.Length * 2)];
        }

        var bodyRead = await _stream
            .ReadAtLeastAsync(_body.AsMemory(0, size), size, throwOnEndOfStream: false, cancellationToken)
            .ConfigureAwait(false);
        if (bodyRead < size)
        {
            throw new EndOfStreamException(
                "The TWS stream ended inside a frame body: " + bodyRead.ToString(CultureInfo.InvariantCulture) + " of "
                + size.ToString(CultureInfo.InvariantCulture) + " bytes arrived: " + HexDump.Format(_body.AsSpan(0, bodyRead)));
        }

        return size;
    }
}
