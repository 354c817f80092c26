using System.Globalization;
using System.Text;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Wire;

namespace Condor.Tests.Tws.Protocol;

/// <summary>
/// Random and mutated frames (from every golden frame) through both decoders: no exception escapes, every
/// outcome is a typed result, and the run is quick. Seeded, so a failure reproduces.
/// </summary>
public sealed class CodecFuzzTests
{
    private const int Iterations = 20_000;

    private static readonly string[] Junk =
    [
        "", "abc", "-", "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "99999999999999999999999", "-2147483649",
        "1.7976931348623157E308", "1.7976931348623157E+308", "2147483647", "9223372036854775807", " 1", "0x10",
        "1,5", "\u00e9", "-0", "1000000000", "-1", "PEG BENCH", "None", "BAG", "7", "0.0000001",
    ];

    [Fact]
    public void Decoders_TwentyThousandRandomAndMutatedFrames_NeverThrow()
    {
        var random = new Random(20261123);
        var seeds = GoldenFixtures.IncomingRecords.Values.Concat(GoldenFixtures.OutgoingRecords.Values)
            .Where(r => r.GetProperty("name").GetString() != "handshake")
            .Select(GoldenFixtures.Fields)
            .ToList();
        var ids = ClientDecoder.KnownMessageIds.Concat(GatewayDecoder.KnownMessageIds)
            .Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var outcomes = new Dictionary<Type, int>();

        for (var i = 0; i < Iterations; i++)
        {
            var fields = Mutate(seeds[random.Next(seeds.Count)], ids, random);
            Count(outcomes, ClientDecoder.Decode(fields));
            Count(outcomes, GatewayDecoder.Decode(fields));
            Count(outcomes, ClientDecoder.DecodeConnectAck(fields));
            var body = Body(fields, random);
            Count(outcomes, ClientDecoder.DecodeBody(body));
            Count(outcomes, GatewayDecoder.DecodeBody(body));
        }

        Assert.True(outcomes.GetValueOrDefault(typeof(MalformedMessage)) > Iterations / 2, Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault(typeof(UnknownMessage)) > 0, Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault(typeof(DecodedMessages)) > 0, Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault(typeof(DecodedRequest)) > 0, Describe(outcomes));
    }

    private static void Count(Dictionary<Type, int> outcomes, DecodeOutcome outcome)
    {
        Assert.NotNull(outcome);
        outcomes[outcome.GetType()] = outcomes.GetValueOrDefault(outcome.GetType()) + 1;
    }

    private static string Describe(Dictionary<Type, int> outcomes) =>
        string.Join(", ", outcomes.Select(o => $"{o.Key.Name}={o.Value}"));

    private static List<string> Mutate(string[] seed, string[] ids, Random random)
    {
        var fields = seed.ToList();
        var rounds = random.Next(1, 4);
        for (var round = 0; round < rounds; round++)
        {
            var at = fields.Count == 0 ? 0 : random.Next(fields.Count);
            switch (random.Next(9))
            {
                case 0: // truncate
                    fields = fields.Take(random.Next(fields.Count + 1)).ToList();
                    break;
                case 1 when fields.Count > 0: // junk in one field
                    fields[at] = Junk[random.Next(Junk.Length)];
                    break;
                case 2 when fields.Count > 0: // another (or an unknown) message id
                    fields[0] = random.Next(4) == 0 ? random.Next(-5, 500).ToString(CultureInfo.InvariantCulture) : ids[random.Next(ids.Length)];
                    break;
                case 3 when fields.Count > 0: // drop a field
                    fields.RemoveAt(at);
                    break;
                case 4: // insert a field
                    fields.Insert(at, Junk[random.Next(Junk.Length)]);
                    break;
                case 5 when fields.Count > 0: // huge numbers
                    fields[at] = random.Next(2) == 0 ? "2147483648" : "-9999999999999999999999999999999";
                    break;
                case 6: // empty message
                    fields.Clear();
                    break;
                case 7 when fields.Count > 0: // random printable text
                    fields[at] = RandomText(random);
                    break;
                default: // append extra fields
                    fields.Add(random.Next(100).ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }

        return fields;
    }

    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(0, 12)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(' ', '~' + 1);
        }

        return new string(chars);
    }

    /// <summary>The fields as a frame body, sometimes with raw byte damage (no terminator, random bytes).</summary>
    private static byte[] Body(List<string> fields, Random random)
    {
        var body = Encoding.Latin1.GetBytes(string.Concat(fields.Select(f => f + "\0")));
        switch (random.Next(6))
        {
            case 0 when body.Length > 0:
                return body[..random.Next(body.Length)];
            case 1:
                var noise = new byte[random.Next(0, 64)];
                random.NextBytes(noise);
                return noise;
            case 2 when body.Length > 0:
                body[random.Next(body.Length)] = (byte)random.Next(256);
                return body;
            default:
                return body.Length > Frame.MaxBodyLength ? [] : body;
        }
    }
}
