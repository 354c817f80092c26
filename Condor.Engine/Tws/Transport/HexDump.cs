using System.Globalization;

namespace Condor.Engine.Tws.Transport;

/// <summary>Lower-case hex of the first bytes of a buffer, for log lines about malformed input.</summary>
internal static class HexDump
{
    /// <summary>How many bytes a log line shows before truncating.</summary>
    public const int DefaultMaxBytes = 64;

    public static string Format(ReadOnlySpan<byte> bytes, int maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var shown = bytes.Length <= maxBytes ? bytes : bytes[..maxBytes];
        var hex = Convert.ToHexStringLower(shown);
        return shown.Length == bytes.Length
            ? hex
            : string.Create(CultureInfo.InvariantCulture, $"{hex}... ({bytes.Length} bytes, first {maxBytes} shown)");
    }
}
