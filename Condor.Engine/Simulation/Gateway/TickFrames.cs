using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// The market-data frames (tickPrice, tickSize, tickOptionComputation) written straight into the session's send
/// buffer: the same bytes as <see cref="ProtocolEncoder.EncodeFrame(IIncomingMessage)"/> (the messages' own
/// <c>Write</c> layouts, <see cref="WireText"/>'s number formats), without a string per field or an array per frame.
/// They are nearly every message of a streamed day; everything else goes through the codec.
/// </summary>
internal static class TickFrames
{
    private const int MaxTickFrame = 512; // 11 fields of at most ~25 characters each, with room to spare

    /// <summary>Appends the frame of a tick message; false (nothing written) for any other message.</summary>
    public static bool TryWrite(IIncomingMessage message, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (message is not (TickPriceMessage or TickSizeMessage or TickOptionComputationMessage))
        {
            return false;
        }

        var span = output.GetSpan(MaxTickFrame);
        var body = span[Frame.HeaderLength..];
        var length = message switch
        {
            TickPriceMessage p => Price(body, p),
            TickSizeMessage s => Size(body, s),
            _ => Computation(body, (TickOptionComputationMessage)message),
        };
        BinaryPrimitives.WriteInt32BigEndian(span, length);
        output.Advance(Frame.HeaderLength + length);
        return true;
    }

    // Layouts as TickPriceMessage.Write / TickSizeMessage.Write / TickOptionComputationMessage.Write.
    private static int Price(Span<byte> body, TickPriceMessage m)
    {
        var at = 0;
        Int(body, ref at, TickPriceMessage.MessageId);
        Int(body, ref at, 6);
        Int(body, ref at, m.TickerId);
        Int(body, ref at, m.TickType);
        if (m.Price is { } price)
        {
            Double(body, ref at, (double)price);
        }
        else
        {
            Text(body, ref at, WireText.GatewayDoubleMax);
        }

        SizeField(body, ref at, m.Size);
        Int(body, ref at, m.Attribs.ToMask());
        return at;
    }

    private static int Size(Span<byte> body, TickSizeMessage m)
    {
        var at = 0;
        Int(body, ref at, TickSizeMessage.MessageId);
        Int(body, ref at, 6);
        Int(body, ref at, m.TickerId);
        Int(body, ref at, m.TickType);
        SizeField(body, ref at, m.Size);
        return at;
    }

    private static int Computation(Span<byte> body, TickOptionComputationMessage m)
    {
        var at = 0;
        Int(body, ref at, TickOptionComputationMessage.MessageId);
        Int(body, ref at, m.TickerId);
        Int(body, ref at, m.TickType);
        Int(body, ref at, m.TickAttrib);
        Double(body, ref at, m.ImpliedVolatility ?? -1);
        Double(body, ref at, m.Delta ?? -2);
        Double(body, ref at, m.OptPrice ?? -1);
        Double(body, ref at, m.PvDividend ?? -1);
        Double(body, ref at, m.Gamma ?? -2);
        Double(body, ref at, m.Vega ?? -2);
        Double(body, ref at, m.Theta ?? -2);
        Double(body, ref at, m.UndPrice ?? -1);
        return at;
    }

    private static void Int(Span<byte> body, ref int at, int value)
    {
        value.TryFormat(body[at..], out var written, default, CultureInfo.InvariantCulture);
        at += written;
        body[at++] = 0;
    }

    private static void Double(Span<byte> body, ref int at, double value)
    {
        if (!value.TryFormat(body[at..], out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A tick field did not fit its frame.");
        }

        at += written;
        body[at++] = 0;
    }

    private static void SizeField(Span<byte> body, ref int at, decimal? value)
    {
        if (value is { } size)
        {
            size.TryFormat(body[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
        }

        body[at++] = 0;
    }

    private static void Text(Span<byte> body, ref int at, string value)
    {
        foreach (var c in value)
        {
            body[at++] = (byte)c;
        }

        body[at++] = 0;
    }
}
