using System.Buffers;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Simulation.Gateway;

public sealed class TickFramesTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryWrite_TickMessages_SameBytesAsTheCodec(int seed)
    {
        var random = new Random(seed);
        foreach (var message in Messages(random))
        {
            var buffer = new ArrayBufferWriter<byte>();
            Assert.True(TickFrames.TryWrite(message, buffer));
            Assert.Equal(ProtocolEncoder.EncodeFrame(message), buffer.WrittenSpan.ToArray());
        }
    }

    [Fact]
    public void TryWrite_SeveralFramesInOneBuffer_AppendsEachInTurn()
    {
        var messages = Messages(new Random(5)).Take(50).ToList();
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var message in messages)
        {
            TickFrames.TryWrite(message, buffer);
        }

        Assert.Equal(messages.SelectMany(ProtocolEncoder.EncodeFrame).ToArray(), buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void TryWrite_NumbersOfUpToSixDecimalsAtEveryScale_SameTextAsTheCodec()
    {
        var random = new Random(17);
        var values = new List<double> { 0, -0.0, 1e-4, -1e-4, 9.9e-5, 1e9, 999_999_999.999999, 0.000001, 5e-4, 0.1, 0.3, 1.7976931348623157E308 };
        for (var i = 0; i < 20_000; i++)
        {
            var scale = Math.Pow(10, random.Next(-6, 10));
            var value = Math.Round(random.NextDouble() * scale, random.Next(0, 7));
            values.Add(random.Next(2) == 0 ? value : -value);
            values.Add(random.NextDouble() * scale);
        }

        foreach (var value in values)
        {
            var message = new TickOptionComputationMessage(1, 13, 0, value, value, value, value, value, value, value, value);
            var buffer = new ArrayBufferWriter<byte>();
            TickFrames.TryWrite(message, buffer);
            Assert.Equal(ProtocolEncoder.EncodeFrame(message), buffer.WrittenSpan.ToArray());
        }
    }

    [Fact]
    public void TryWrite_OtherMessage_WritesNothing()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Assert.False(TickFrames.TryWrite(new CurrentTimeMessage(1_700_000_000), buffer));
        Assert.Equal(0, buffer.WrittenCount);
    }

    private static IEnumerable<IIncomingMessage> Messages(Random random)
    {
        double? Maybe(double value) => random.Next(5) == 0 ? null : value;
        decimal Price() => Math.Round((decimal)(random.NextDouble() * 200), random.Next(0, 3)) * (random.Next(4) == 0 ? -1 : 1);
        for (var i = 0; i < 200; i++)
        {
            var ticker = random.Next(-1, 100_000);
            var attribs = new TickAttrib(random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0);
            yield return new TickPriceMessage(ticker, random.Next(0, 90), random.Next(6) == 0 ? null : Price(), random.Next(6) == 0 ? null : random.Next(0, 5000), attribs);
            yield return new TickSizeMessage(ticker, random.Next(0, 90), random.Next(6) == 0 ? null : random.Next(0, 5000) / (random.Next(3) == 0 ? 10m : 1m));
            yield return new TickOptionComputationMessage(
                ticker,
                random.Next(10, 84),
                random.Next(0, 2),
                Maybe(Math.Round(random.NextDouble(), 6)),
                Maybe(Math.Round((random.NextDouble() * 2) - 1, 6)),
                Maybe(random.NextDouble() * 100),
                Maybe(0),
                Maybe(random.NextDouble() / 1000),
                Maybe(random.NextDouble()),
                Maybe(-random.NextDouble() * 10),
                Maybe(6000 + (random.NextDouble() * 100)));
        }

        yield return new TickPriceMessage(1, 9, decimal.MaxValue, 0, new TickAttrib(false, false, false));
        yield return new TickOptionComputationMessage(1, 13, 0, double.MaxValue, double.Epsilon, -0.0, 1e-300, 1e300, double.MinValue, 123456789.123456789, 0);
    }
}
