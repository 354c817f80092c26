using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// The condor's current legs' quotes (bid/ask per leg), from the engine's market-data subscriptions; null when no
/// priceable quote is available right now (the chase then keeps its working price).
/// </summary>
internal delegate ValueTask<IronCondor?> ComboQuoteSource(CancellationToken cancellationToken);
