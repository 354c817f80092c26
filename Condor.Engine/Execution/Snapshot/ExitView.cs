using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>One exit order of the OCA group as the dashboard shows it.</summary>
/// <param name="Role">Target, stop or time.</param>
/// <param name="OrderRef">Its orderRef.</param>
/// <param name="Price">Its price (limit debit, stop trigger); null for the time exit's market order.</param>
/// <param name="Status">The broker's last status, as text ("acknowledged", "filled", "cancelled", ...).</param>
internal sealed record ExitView(OrderRole Role, string OrderRef, decimal? Price, string Status);
