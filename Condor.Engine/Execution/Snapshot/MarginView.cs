namespace Condor.Engine.Execution.Snapshot;

/// <summary>The margin the send phase used for one contract, and where it came from.</summary>
/// <param name="PerContract">Initial-margin change per contract, in dollars.</param>
/// <param name="Source">"whatIf", "estimated (wing − credit) × 100", or "bypassed: empty whatIf answer (AllowEmptyWhatIfInPaper)".</param>
/// <param name="Strikes">The strikes the margin was checked on.</param>
internal sealed record MarginView(decimal? PerContract, string Source, ChosenStrikes Strikes);
