using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Orders;

/// <summary>The trade closed at expiry: provisional until the broker's positions no longer show its legs.</summary>
internal sealed record ExpiryResult(TradeRecord Trade, bool Provisional, IReadOnlyList<OrderAlert> Alerts);
