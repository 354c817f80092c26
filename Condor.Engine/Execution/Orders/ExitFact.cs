using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Orders;

/// <summary>The latest attempt of one exit role, as the broker shows it (from events or, in reconciliation, from queries).</summary>
/// <param name="Role">Target, stop or time.</param>
/// <param name="OrderRef">The latest attempt's orderRef.</param>
/// <param name="Condition">Working, cancelled, rejected, executed or missing.</param>
/// <param name="ErrorCode">IB's code of the cancellation or rejection, when one came.</param>
internal sealed record ExitFact(OrderRole Role, OrderRef OrderRef, ExitCondition Condition, int? ErrorCode = null);
