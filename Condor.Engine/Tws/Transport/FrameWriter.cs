using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// Writes TWS frames to a stream, one whole frame per write, flushed. Safe to call from several tasks:
/// frames never interleave.
/// </summary>
internal sealed class FrameWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public FrameWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>Encodes the fields as one frame (<see cref="Frame.Encode"/>) and writes it.</summary>
    public Task WriteFieldsAsync(IReadOnlyList<string> fields, CancellationToken cancellationToken) =>
        WriteRawAsync(Frame.Encode(fields), cancellationToken);

    /// <summary>Writes bytes as they are: an already encoded frame, or the handshake hello.</summary>
    public async Task WriteRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
