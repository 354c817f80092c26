using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Simulation;

/// <summary>
/// The 0DTE chain of one underlying at one instant. <see cref="Options"/> is empty when the session lists no expiry
/// (<see cref="HasExpiry"/> false) or the options have expired (<see cref="IsExpired"/>).
/// </summary>
internal sealed record OptionChain(
    Underlying Underlying,
    DateOnly SessionDate,
    DateTimeOffset Time,
    double UnderlyingPrice,
    double Vix,
    bool HasExpiry,
    bool IsExpired,
    IReadOnlyList<OptionQuote> Options)
{
    public OptionQuote? Find(decimal strike, OptionRight right) =>
        Options.FirstOrDefault(o => o.Strike == strike && o.Right == right);
}
