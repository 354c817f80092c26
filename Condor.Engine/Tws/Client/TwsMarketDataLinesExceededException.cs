using System.Globalization;

namespace Condor.Engine.Tws.Client;

/// <summary>A market-data subscription was refused before sending: it would exceed the line limit (IB allows 100).</summary>
internal sealed class TwsMarketDataLinesExceededException : InvalidOperationException
{
    public TwsMarketDataLinesExceededException(int maxLines)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"Market-data line limit reached: {maxLines} lines are in use (IB allows 100). Dispose a subscription first."))
    {
        MaxLines = maxLines;
    }

    public int MaxLines { get; }
}
