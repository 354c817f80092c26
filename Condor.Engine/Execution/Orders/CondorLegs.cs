using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// The chosen condor with each leg's IB contract id (from contract details) and the contract family it trades in
/// (SPX/SPXW or XSP): everything the order side needs to build the BAG.
/// </summary>
internal sealed record CondorLegs
{
    public CondorLegs(IronCondor condor, IndexOptionContract contract, int longPutConId, int shortPutConId, int shortCallConId, int longCallConId)
    {
        ArgumentNullException.ThrowIfNull(condor);
        ArgumentNullException.ThrowIfNull(contract);
        int[] ids = [longPutConId, shortPutConId, shortCallConId, longCallConId];
        if (ids.Any(id => id <= 0) || ids.Distinct().Count() != 4)
        {
            throw new ArgumentException("An iron condor's four legs have four distinct positive conIds.", nameof(longPutConId));
        }

        Condor = condor;
        Contract = contract;
        LongPutConId = longPutConId;
        ShortPutConId = shortPutConId;
        ShortCallConId = shortCallConId;
        LongCallConId = longCallConId;
    }

    public IronCondor Condor { get; }

    /// <summary>SPX (legs of trading class SPXW) or XSP: symbol, multiplier and the combo tick.</summary>
    public IndexOptionContract Contract { get; }

    public int LongPutConId { get; }

    public int ShortPutConId { get; }

    public int ShortCallConId { get; }

    public int LongCallConId { get; }
}
