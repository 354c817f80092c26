namespace Condor.Engine.Journal;

/// <summary>One forward-only schema step: version N, a name, and the SQL that takes version N-1 to N.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
