using System.Text.Json;
using System.Text.Json.Nodes;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Wire;

namespace Condor.Tests.Tws.Protocol;

/// <summary>
/// Every record of incoming.json: the gateway-side encoder, given the recorded callback values mapped onto
/// Condor's types, writes frame_hex exactly; Condor's client decoder reads frame_hex into the recorded callbacks.
/// </summary>
public sealed class IncomingGoldenTests
{
    private const string ServerVersionHook = "EClientMsgSink.serverVersion";

    public static TheoryData<string> Records => GoldenFixtures.Names(GoldenFixtures.IncomingRecords);

    [Theory]
    [MemberData(nameof(Records))]
    public void ClientDecode_GoldenRecord_ProducesRecordedCallbacks(string name)
    {
        var record = GoldenFixtures.IncomingRecords[name];
        var callbacks = Callbacks(record);
        var body = GoldenFixtures.FrameBytes(record).AsSpan(Frame.HeaderLength);

        if (Method(callbacks[0]) == ServerVersionHook)
        {
            var ack = Assert.IsType<ConnectAckMessage>(Assert.Single(Decoded(ClientDecoder.DecodeConnectAck(Frame.DecodeBody(body)))));
            var args = callbacks[0].GetProperty("args");
            Assert.Equal(args.GetProperty("version").GetInt32(), ack.ServerVersion);
            Assert.Equal(args.GetProperty("time").GetString(), ack.ConnectionTime);
            Assert.Equal("connectAck", Method(callbacks[1]));
            Assert.Empty(callbacks[1].GetProperty("args").EnumerateObject());
            return;
        }

        var messages = Decoded(ClientDecoder.DecodeBody(body));

        Assert.Equal(callbacks.Select(Method), messages.Select(m => CallbackName(m.GetType())));
        for (var i = 0; i < callbacks.Count; i++)
        {
            GoldenComparer.AssertObject(messages[i], callbacks[i].GetProperty("args"), Method(callbacks[i]));
        }
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void GatewayEncode_GoldenRecord_WritesFrameHexExactly(string name)
    {
        var record = GoldenFixtures.IncomingRecords[name];
        var callbacks = Callbacks(record);
        var first = callbacks[0].GetProperty("args");

        IIncomingMessage message = Method(callbacks[0]) == ServerVersionHook
            ? new ConnectAckMessage(first.GetProperty("version").GetInt32(), first.GetProperty("time").GetString()!)
            : (IIncomingMessage)ClrBuilder.Build(MessageType(Method(callbacks[0])), WireArguments(callbacks), Method(callbacks[0]));

        Assert.Equal(record.GetProperty("frame_hex").GetString(), Convert.ToHexStringLower(ProtocolEncoder.EncodeFrame(message)));
    }

    [Fact]
    public void Fixtures_IncomingFile_HasEveryMessageOfTheIssue()
    {
        Assert.True(GoldenFixtures.IncomingRecords.Count >= 65, $"only {GoldenFixtures.IncomingRecords.Count} incoming records");
    }

    private static List<JsonElement> Callbacks(JsonElement record) => [.. record.GetProperty("callbacks").EnumerateArray()];

    private static string Method(JsonElement callback) => callback.GetProperty("method").GetString()!;

    private static IReadOnlyList<IIncomingMessage> Decoded(DecodeOutcome outcome) =>
        outcome is DecodedMessages decoded ? decoded.Messages : throw new Xunit.Sdk.XunitException($"Not decoded: {outcome}");

    private static string CallbackName(Type messageType) =>
        string.Concat(messageType.Name[..1].ToLowerInvariant(), messageType.Name[1..^"Message".Length]);

    private static Type MessageType(string method) =>
        typeof(IIncomingMessage).Assembly.GetType($"{typeof(IIncomingMessage).Namespace}.{ClrBuilder.Pascal(method)}Message")
        ?? throw new InvalidOperationException($"No Condor message type for IB callback {method}.");

    /// <summary>
    /// The values one frame carries: the first callback's arguments; for tickPrice also the size, which IB
    /// reports through the following tickSize callback (or the wire's 0 for close, which has none).
    /// </summary>
    private static JsonElement WireArguments(List<JsonElement> callbacks)
    {
        var args = callbacks[0].GetProperty("args");
        if (Method(callbacks[0]) != "tickPrice")
        {
            return args;
        }

        var merged = JsonNode.Parse(args.GetRawText())!.AsObject();
        merged["size"] = callbacks.Count > 1 && Method(callbacks[1]) == "tickSize"
            ? JsonNode.Parse(callbacks[1].GetProperty("args").GetProperty("size").GetRawText())
            : 0;
        return JsonDocument.Parse(merged.ToJsonString()).RootElement.Clone();
    }
}
