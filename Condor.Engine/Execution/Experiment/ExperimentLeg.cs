using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// One option leg of an experiment order, resolved through the real gateway's contract details.
/// </summary>
/// <param name="Contract">The option as the gateway describes it (conId, symbol, expiry, strike, right, multiplier).</param>
/// <param name="Underlying">SPX or XSP.</param>
/// <param name="Expiry">The option's expiry date.</param>
/// <param name="Model">Strike, right, side within the order (as the combo defines it) and ratio.</param>
internal sealed record ExperimentLeg(Contract Contract, Underlying Underlying, DateOnly Expiry, Simulation.ComboLeg Model)
{
    public int ConId => Contract.ConId;

    /// <summary>The key of the option (for positions).</summary>
    public OptionKey Key => new(Underlying, Expiry, Model.Strike, Model.Right);

    /// <summary>Whether this leg is bought when the order is on <paramref name="side"/>.</summary>
    public bool BoughtWhen(TradeSide side) => (Model.Side == TradeSide.Buy) == (side == TradeSide.Buy);
}
