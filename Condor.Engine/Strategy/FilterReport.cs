namespace Condor.Engine.Strategy;

/// <summary>Every filter's outcome; the trade may go ahead only when none blocks.</summary>
internal sealed record FilterReport(IReadOnlyList<FilterCheck> Checks)
{
    public bool AllowsTrade => !Checks.Any(c => c.Blocks);

    /// <summary>The blocking checks' details joined, or null when the trade may go ahead.</summary>
    public string? Reason => AllowsTrade ? null : string.Join(" ", Checks.Where(c => c.Blocks).Select(c => $"{c.Filter}: {c.Detail}"));
}
