namespace Condor.Tests.TestSupport;

/// <summary>
/// Tests that measure real elapsed time at a socket run alone, after the parallel tests, so a busy machine's
/// scheduling stalls do not bunch up what they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealTimeCollection
{
    public const string Name = "real time, alone";
}
