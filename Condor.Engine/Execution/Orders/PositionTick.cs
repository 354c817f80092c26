using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Orders;

/// <summary>One look at the open position's market: the legs' current bid/ask and the index's last price (null when unknown).</summary>
internal sealed record PositionTick(IronCondor Quotes, decimal? Index);
