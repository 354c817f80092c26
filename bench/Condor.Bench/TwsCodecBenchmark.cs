using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Wire;

namespace Condor.Bench;

/// <summary>
/// TWS codec: decode throughput of a market-data stream (tickPrice / tickSize / tickOptionComputation frames
/// from the golden fixtures, in a realistic mix) and the encode time of a 4-leg combo placeOrder.
/// </summary>
internal sealed class TwsCodecBenchmark : IBenchmark
{
    private const int StreamLength = 200_000;

    public string Name => "tws-codec";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var bodies = MarketDataStream(LoadIncomingFrames());
        Decode(bodies); // warm-up
        var stopwatch = Stopwatch.StartNew();
        var messages = Decode(bodies);
        stopwatch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"decode: {bodies.Count:N0} market-data frames -> {messages:N0} messages in {stopwatch.Elapsed.TotalMilliseconds:F1} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"decode: {bodies.Count / stopwatch.Elapsed.TotalSeconds:N0} frames/s"));

        var order = ComboOrder();
        const int encodes = 100_000;
        var bytes = 0L;
        for (var i = 0; i < encodes / 10; i++)
        {
            bytes += ProtocolEncoder.EncodeFrame(order).Length; // warm-up
        }

        stopwatch.Restart();
        for (var i = 0; i < encodes; i++)
        {
            bytes += ProtocolEncoder.EncodeFrame(order).Length;
        }

        stopwatch.Stop();
        var frameLength = ProtocolEncoder.EncodeFrame(order).Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"encode: 4-leg BAG placeOrder ({frameLength} bytes) x {encodes:N0} in {stopwatch.Elapsed.TotalMilliseconds:F1} ms ({bytes:N0} bytes)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"encode: {stopwatch.Elapsed.TotalMicroseconds / encodes:F2} us per placeOrder"));
        return Task.CompletedTask;
    }

    private static long Decode(List<byte[]> bodies)
    {
        long messages = 0;
        foreach (var body in bodies)
        {
            if (ClientDecoder.DecodeBody(body) is DecodedMessages decoded)
            {
                messages += decoded.Messages.Count;
            }
            else
            {
                throw new InvalidOperationException("A golden market-data frame did not decode.");
            }
        }

        return messages;
    }

    /// <summary>Half price ticks, a fifth size ticks, the rest option computations, in a seeded random order.</summary>
    private static List<byte[]> MarketDataStream(Dictionary<string, byte[]> frames)
    {
        byte[][] Pick(string prefix) => [.. frames.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f.Value)];
        var prices = Pick("tickPrice_");
        var sizes = Pick("tickSize_");
        var greeks = Pick("tickOptionComputation_");
        var random = new Random(42);
        var stream = new List<byte[]>(StreamLength);
        for (var i = 0; i < StreamLength; i++)
        {
            var roll = random.Next(10);
            var pool = roll < 5 ? prices : roll < 7 ? sizes : greeks;
            stream.Add(pool[random.Next(pool.Length)][Frame.HeaderLength..]);
        }

        return stream;
    }

    private static Dictionary<string, byte[]> LoadIncomingFrames()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Condor.Web.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? ".", "Condor.Tests", "Fixtures", "tws-golden", "incoming.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("records").EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => Convert.FromHexString(r.GetProperty("frame_hex").GetString()!));
    }

    private static PlaceOrderRequest ComboOrder()
    {
        ComboLeg Leg(int conId, string action) => new() { ConId = conId, Ratio = 1, Action = action, Exchange = "SMART" };
        var contract = new Contract
        {
            Symbol = "SPX", SecType = "BAG", Exchange = "SMART", Currency = "USD",
            ComboLegs = [Leg(780112201, "BUY"), Leg(780112202, "SELL"), Leg(780112203, "SELL"), Leg(780112204, "BUY")],
        };
        var order = new Order
        {
            Action = "BUY", TotalQuantity = 1, OrderType = "LMT", LmtPrice = -4.85m, Tif = "DAY",
            OrderRef = "condor:20261123:entry:1", Transmit = true,
        };
        return new PlaceOrderRequest(101, contract, order);
    }
}
