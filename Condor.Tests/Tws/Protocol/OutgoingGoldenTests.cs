using System.Text.Json;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Tws.Protocol;

/// <summary>
/// Every record of outgoing.json: Condor's request built from the recorded call encodes to frame_hex byte for
/// byte, and the gateway-side decoder reads the frame back into the call's values.
/// </summary>
public sealed class OutgoingGoldenTests
{
    public static TheoryData<string> Records => GoldenFixtures.Names(GoldenFixtures.OutgoingRecords);

    [Theory]
    [MemberData(nameof(Records))]
    public void Encode_GoldenRecord_WritesFrameHexExactly(string name)
    {
        var record = GoldenFixtures.OutgoingRecords[name];
        var expected = GoldenFixtures.FrameBytes(record);

        var actual = IsHandshake(record) ? EncodeHello(record) : ProtocolEncoder.EncodeFrame(BuildRequest(record));

        Assert.Equal(Convert.ToHexStringLower(expected), Convert.ToHexStringLower(actual));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void GatewayDecode_GoldenRecord_ReadsBackTheCall(string name)
    {
        var record = GoldenFixtures.OutgoingRecords[name];
        var call = record.GetProperty("call");
        if (IsHandshake(record))
        {
            var ok = Handshake.TryParseClientHello(GoldenFixtures.FrameBytes(record), out var min, out var max, out var reason);
            Assert.True(ok, reason);
            Assert.Equal((100, 177), (min, max));
            return;
        }

        var outcome = GatewayDecoder.DecodeBody(GoldenFixtures.FrameBytes(record).AsSpan(4));

        var decoded = Assert.IsType<DecodedRequest>(outcome).Request;
        Assert.Equal(RequestType(call), decoded.GetType());
        GoldenComparer.AssertObject(decoded, call.GetProperty("args"), call.GetProperty("method").GetString()!);
    }

    [Fact]
    public void Fixtures_OutgoingFile_HasEveryRequestOfTheIssue()
    {
        Assert.True(GoldenFixtures.OutgoingRecords.Count >= 30, $"only {GoldenFixtures.OutgoingRecords.Count} outgoing records");
        Assert.True(File.Exists(Path.Combine(GoldenFixtures.Folder, "README.md")));
    }

    [Fact]
    public void Fixtures_MissingFolder_FailLoudly()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-tws-golden-{Guid.NewGuid():N}");

        Assert.Throws<FileNotFoundException>(() => GoldenFixtures.Load(missing, "outgoing.json"));
    }

    [Fact]
    public void Fixtures_UnreadableFile_FailLoudly()
    {
        var folder = Directory.CreateTempSubdirectory("tws-golden-").FullName;
        File.WriteAllText(Path.Combine(folder, "incoming.json"), "{ not json");

        Assert.ThrowsAny<JsonException>(() => GoldenFixtures.Load(folder, "incoming.json"));
        Directory.Delete(folder, recursive: true);
    }

    private static bool IsHandshake(JsonElement record) =>
        record.GetProperty("call").GetProperty("method").GetString() == "eConnect";

    private static byte[] EncodeHello(JsonElement record)
    {
        var fields = GoldenFixtures.Fields(record);
        Assert.Equal("v100..177", fields[1]);
        return Handshake.EncodeClientHello(100, 177);
    }

    private static Type RequestType(JsonElement call)
    {
        var method = call.GetProperty("method").GetString()!;
        var typeName = $"{typeof(ITwsRequest).Namespace}.{ClrBuilder.Pascal(method)}Request";
        return typeof(ITwsRequest).Assembly.GetType(typeName)
            ?? throw new InvalidOperationException($"No Condor request type {typeName} for IB method {method}.");
    }

    private static ITwsRequest BuildRequest(JsonElement record)
    {
        var call = record.GetProperty("call");
        return (ITwsRequest)ClrBuilder.Build(RequestType(call), call.GetProperty("args"), call.GetProperty("method").GetString()!);
    }
}
