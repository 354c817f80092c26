using Condor.Engine.Tws.Transport;
using Condor.Engine.Tws.Wire;

namespace Condor.Tests.Tws.Transport;

public sealed class FrameReaderTests
{
    [Fact]
    public async Task ReadFieldsAsync_OneByteAtATime_ReassemblesFrames()
    {
        var bytes = Frame.Encode(["49", "1"]).Concat(Frame.Encode(["49", "1", "1763900000"])).ToArray();
        var reader = new FrameReader(new TrickleStream(bytes));

        Assert.Equal(["49", "1"], (await reader.ReadFieldsAsync(CancellationToken.None))!);
        Assert.Equal(["49", "1", "1763900000"], (await reader.ReadFieldsAsync(CancellationToken.None))!);
        Assert.Null(await reader.ReadFieldsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadFieldsAsync_GoldenNextValidId_DecodesFields()
    {
        var reader = new FrameReader(new MemoryStream(Convert.FromHexString("000000083900310031303100")));

        Assert.Equal(["9", "1", "101"], (await reader.ReadFieldsAsync(CancellationToken.None))!);
    }

    [Fact]
    public async Task ReadFieldsAsync_LengthAboveMax_ThrowsProtocolExceptionWithHex()
    {
        var reader = new FrameReader(new MemoryStream([0x00, 0x10, 0x00, 0x01, 0x41, 0x00]));

        var ex = await Assert.ThrowsAsync<TwsProtocolException>(() => reader.ReadFieldsAsync(CancellationToken.None).AsTask());
        Assert.Contains("00100001", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFieldsAsync_ZeroLength_ThrowsProtocolException()
    {
        var reader = new FrameReader(new MemoryStream([0, 0, 0, 0]));

        await Assert.ThrowsAsync<TwsProtocolException>(() => reader.ReadFieldsAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task ReadFieldsAsync_BodyWithoutNul_ThrowsProtocolExceptionWithBodyHex()
    {
        var reader = new FrameReader(new MemoryStream([0, 0, 0, 3, 0x34, 0x39, 0x31]));

        var ex = await Assert.ThrowsAsync<TwsProtocolException>(() => reader.ReadFieldsAsync(CancellationToken.None).AsTask());
        Assert.Contains("343931", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFieldsAsync_StreamEndsInsideBody_ThrowsEndOfStream()
    {
        var reader = new FrameReader(new MemoryStream([0, 0, 0, 5, 0x34, 0x00]));

        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadFieldsAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public void HexDumpFormat_LongBuffer_TruncatesAndSaysSo()
    {
        var text = HexDump.Format(new byte[100], maxBytes: 4);

        Assert.StartsWith("00000000...", text, StringComparison.Ordinal);
        Assert.Contains("100 bytes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteFieldsAsync_StartApi_WritesGoldenBytes()
    {
        using var stream = new MemoryStream();
        using var writer = new FrameWriter(stream);

        await writer.WriteFieldsAsync(HandshakeProtocol.StartApiFields(7), CancellationToken.None);

        Assert.Equal("000000083731003200370000", Convert.ToHexStringLower(stream.ToArray()));
    }
}
