namespace Condor.Engine.Strategy;

/// <summary>The outcome of building the condor: the condor, or the reason it could not be built.</summary>
internal sealed record CondorConstruction(IronCondor? Condor, string? Failure)
{
    public bool Succeeded => Condor is not null;

    public static CondorConstruction Built(IronCondor condor) => new(condor, null);

    public static CondorConstruction Failed(string reason) => new(null, reason);
}
