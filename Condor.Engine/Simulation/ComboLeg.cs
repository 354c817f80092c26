using Condor.Engine.Market;
namespace Condor.Engine.Simulation;

/// <summary>One leg of a combo (BAG), with its side as the combo defines it.</summary>
internal sealed record ComboLeg(decimal Strike, OptionRight Right, TradeSide Side, int Ratio = 1)
{
    /// <summary>
    /// A condor in TWS convention: the long wings bought, the short strikes sold; buying this combo opens a short iron
    /// condor at a negative price (a credit).
    /// </summary>
    public static IReadOnlyList<ComboLeg> IronCondor(decimal longPut, decimal shortPut, decimal shortCall, decimal longCall)
    {
        if (!(longPut < shortPut && shortPut <= shortCall && shortCall < longCall))
        {
            throw new ArgumentException("Condor strikes must satisfy longPut < shortPut ≤ shortCall < longCall.");
        }

        return
        [
            new ComboLeg(longPut, OptionRight.Put, TradeSide.Buy),
            new ComboLeg(shortPut, OptionRight.Put, TradeSide.Sell),
            new ComboLeg(shortCall, OptionRight.Call, TradeSide.Sell),
            new ComboLeg(longCall, OptionRight.Call, TradeSide.Buy),
        ];
    }
}
