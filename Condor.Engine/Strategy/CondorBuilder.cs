using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// Builds the condor from the two delta selections: long put = short put − WingWidth, long call = short call +
/// WingWidth. A wing strike the chain does not list is a failure — never a silently different width.
/// </summary>
internal static class CondorBuilder
{
    public static CondorConstruction Build(
        IReadOnlyCollection<OptionQuote> chain, DeltaSelection put, DeltaSelection call, decimal wingWidth)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(put);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(wingWidth);
        if (put.Right != OptionRight.Put || call.Right != OptionRight.Call)
        {
            throw new ArgumentException("Expected a put selection and a call selection.");
        }

        if (put.Chosen is not { } shortPutChoice)
        {
            return CondorConstruction.Failed($"No short put: {put.Explanation}");
        }

        if (call.Chosen is not { } shortCallChoice)
        {
            return CondorConstruction.Failed($"No short call: {call.Explanation}");
        }

        if (shortPutChoice.Strike >= shortCallChoice.Strike)
        {
            return CondorConstruction.Failed(
                $"Short put {shortPutChoice.Strike} is not below short call {shortCallChoice.Strike}.");
        }

        var shortPut = Find(chain, OptionRight.Put, shortPutChoice.Strike);
        var shortCall = Find(chain, OptionRight.Call, shortCallChoice.Strike);
        var longPut = Find(chain, OptionRight.Put, shortPutChoice.Strike - wingWidth);
        var longCall = Find(chain, OptionRight.Call, shortCallChoice.Strike + wingWidth);
        if (shortPut is null || shortCall is null)
        {
            return CondorConstruction.Failed("A chosen short strike is not in the chain given to the builder.");
        }

        if (longPut is null)
        {
            return CondorConstruction.Failed(
                $"Wing put {shortPutChoice.Strike - wingWidth} (short put {shortPutChoice.Strike} − {wingWidth}) is not listed in the chain.");
        }

        if (longCall is null)
        {
            return CondorConstruction.Failed(
                $"Wing call {shortCallChoice.Strike + wingWidth} (short call {shortCallChoice.Strike} + {wingWidth}) is not listed in the chain.");
        }

        return CondorConstruction.Built(new IronCondor(longPut, shortPut, shortCall, longCall));
    }

    private static OptionQuote? Find(IEnumerable<OptionQuote> chain, OptionRight right, decimal strike) =>
        chain.FirstOrDefault(q => q.Right == right && q.Strike == strike);
}
