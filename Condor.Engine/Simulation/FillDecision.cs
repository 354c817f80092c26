namespace Condor.Engine.Simulation;

/// <summary>
/// The fill model's answer. <see cref="Price"/> is set when filled; <see cref="StopTriggered"/> tells the gateway a stop
/// has become a market order; <see cref="ErrorCode"/> is IB's code for a rejection; <see cref="TriggerHit"/> says a
/// stop's trigger price was reached by this observation (the "double" trigger methods need two in a row).
/// </summary>
internal sealed record FillDecision(FillOutcome Outcome, decimal? Price, string Reason, bool StopTriggered = false, int? ErrorCode = null, bool TriggerHit = false)
{
    public static FillDecision Working(string reason, bool stopTriggered = false) => new(FillOutcome.Working, null, reason, stopTriggered);

    public static FillDecision Filled(decimal price, string reason, bool stopTriggered = false) => new(FillOutcome.Filled, price, reason, stopTriggered);

    public static FillDecision Rejected(int code, string reason) => new(FillOutcome.Rejected, null, reason, false, code);
}
