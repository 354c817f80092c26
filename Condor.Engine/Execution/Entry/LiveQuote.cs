using Condor.Engine.Broker;

namespace Condor.Engine.Execution.Entry;

/// <summary>
/// One subscribed contract's latest quote (folded by <see cref="Tws.Mapping.MarketQuoteFold"/>), its prior close
/// (tick 9, delayed 75; not part of the fold) and, when the gateway ended the subscription, why.
/// </summary>
internal sealed record LiveQuote(MarketQuote Quote, decimal? Close, string? Failure);
