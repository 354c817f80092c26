namespace Condor.Engine.Strategy;

/// <summary>The result of one entry filter.</summary>
internal enum FilterOutcome
{
    /// <summary>The filter is not configured.</summary>
    Off,

    Passed,

    /// <summary>The filter's limit was exceeded: no trade today.</summary>
    Tripped,

    /// <summary>An input the filter needs is missing: no trade (fail closed).</summary>
    MissingInput,
}
