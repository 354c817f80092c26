namespace Condor.Engine.Strategy;

/// <summary>One rung of the chase ladder with the reason for its price (or for having none).</summary>
internal sealed record ChaseStep(ChaseAction Action, decimal? LimitCredit, int StepIndex, string Reason);
