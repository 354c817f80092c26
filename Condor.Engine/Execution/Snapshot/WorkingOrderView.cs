using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>One of our orders still working at the broker.</summary>
/// <param name="OrderRef">Its orderRef (<c>condor:&lt;yyyyMMdd&gt;:&lt;role&gt;:&lt;n&gt;</c>).</param>
/// <param name="Role">Entry, target, stop, time, kill.</param>
/// <param name="Quantity">Contracts ordered.</param>
/// <param name="LimitPrice">Limit (or stop trigger) as a positive credit/debit; null for a market order.</param>
/// <param name="Status">The broker's last status, as text.</param>
/// <param name="Filled">Contracts filled so far.</param>
internal sealed record WorkingOrderView(string OrderRef, OrderRole Role, int Quantity, decimal? LimitPrice, string Status, decimal Filled);
