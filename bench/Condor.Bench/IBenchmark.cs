namespace Condor.Bench;

/// <summary>One benchmark: runs, then prints its figures. Found by reflection, selected by name.</summary>
internal interface IBenchmark
{
    /// <summary>Short name used on the command line (e.g. "tws", "journal").</summary>
    string Name { get; }

    Task RunAsync(TextWriter output, CancellationToken cancellationToken);
}
