using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Simulation;

/// <summary>A quote fault on one strike; a null right or underlying means both rights / any underlying.</summary>
internal sealed record StrikeFault(decimal Strike, QuoteFaultKind Kind, OptionRight? Right = null, Underlying? Underlying = null)
{
    public bool Matches(Underlying underlying, decimal strike, OptionRight right) =>
        Strike == strike && (Right is null || Right == right) && (Underlying is null || Underlying == underlying);
}
