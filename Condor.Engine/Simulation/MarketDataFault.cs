using Condor.Engine.Market;

namespace Condor.Engine.Simulation;

/// <summary>
/// A market-data error from IB: 354 (not subscribed: no data) or 10090 (part of the data not subscribed: data goes on)
/// on subscribing the option lines of <see cref="Strike"/> (and <see cref="Right"/>, null = both); or, with
/// <see cref="At"/>, 10197 (no market data during a competing live session) on every streaming line at that instant,
/// which ends those streams.
/// </summary>
internal sealed record MarketDataFault(int Code, decimal? Strike = null, OptionRight? Right = null, DateTimeOffset? At = null)
{
    public bool MatchesLine(OptionKey? key) =>
        At is null && Strike is { } strike && key is { } k && k.Strike == strike && (Right is null || Right == k.Right);
}
