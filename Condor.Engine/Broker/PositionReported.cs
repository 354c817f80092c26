using Condor.Engine.Market;

namespace Condor.Engine.Broker;

/// <summary>
/// One position row (reqPositions): negative quantity = short. position carries no gateway time.
/// </summary>
/// <param name="Account">The account holding it.</param>
/// <param name="ConId">The contract's id.</param>
/// <param name="Symbol">Underlying symbol (SPX).</param>
/// <param name="SecType">IB's security type (OPT, IND...).</param>
/// <param name="Expiry">The option's expiry date; null for a non-option or an unreadable date.</param>
/// <param name="Strike">The option's strike; null for a non-option.</param>
/// <param name="Right">Put or call; null for a non-option.</param>
/// <param name="Quantity">Signed position; 0 = closed today.</param>
/// <param name="AvgCost">Average cost including the multiplier; null when unset.</param>
/// <param name="ReceivedAt">Local receive time of the frame.</param>
internal sealed record PositionReported(
    string Account,
    int ConId,
    string Symbol,
    string SecType,
    DateOnly? Expiry,
    decimal? Strike,
    OptionRight? Right,
    decimal Quantity,
    decimal? AvgCost,
    DateTimeOffset ReceivedAt) : BrokerEvent(ReceivedAt);
