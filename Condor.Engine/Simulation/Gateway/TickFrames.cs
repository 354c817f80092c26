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
        if (!TryWriteSixDecimals(body, ref at, value))
        {
            if (!value.TryFormat(body[at..], out var written, default, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("A tick field did not fit its frame.");
            }

            at += written;
        }

        body[at++] = 0;
    }

    /// <summary>
    /// The shortest round-trip text of a double that is exactly the double nearest a number of at most six decimals
    /// (prices in cents, greeks rounded to 6 places: nearly every tick field), written without the general formatter.
    /// Such a double's shortest text is that number with its trailing zeros removed: any other string of at most as
    /// many digits is another multiple of 10⁻⁶, at least 10⁻⁶ away, farther than the double's spacing below 10⁹.
    /// Zero, |x| &lt; 10⁻⁴ (which .NET writes as <c>1E-05</c>) and |x| ≥ 10⁹ are left to the general formatter.
    /// </summary>
    private static bool TryWriteSixDecimals(Span<byte> body, ref int at, double value)
    {
        var magnitude = Math.Abs(value);
        if (!(magnitude >= 1e-4 && magnitude < 1e9))
        {
            return false;
        }

        var micros = Math.Round(magnitude * 1e6);
        if (micros / 1e6 != magnitude)
        {
            return false;
        }

        var units = (long)micros;
        var whole = units / 1_000_000;
        var fraction = (int)(units % 1_000_000);
        if (value < 0)
        {
            body[at++] = (byte)'-';
        }

        whole.TryFormat(body[at..], out var written, default, CultureInfo.InvariantCulture);
        at += written;
        if (fraction == 0)
        {
            return true;
        }

        var digits = 6;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        body[at++] = (byte)'.';
        for (var i = digits - 1; i >= 0; i--)
        {
            body[at + i] = (byte)('0' + (fraction % 10));
            fraction /= 10;
        }

        at += digits;
        return true;
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
