using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Orders;

/// <summary>The repair's decision for one exit role, with the reason in words.</summary>
internal sealed record ExitRepairDecision(OrderRole Role, ExitRepairAction Action, string Reason);
