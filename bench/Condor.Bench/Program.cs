using System.Reflection;
using Condor.Bench;

// Usage: dotnet run -c Release --project bench/Condor.Bench [-- name ...]  (no names = all)
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var selected = args.Length == 0 ? benchmarks : benchmarks.Where(b => args.Contains(b.Name)).ToList();
if (selected.Count == 0)
{
    await Console.Error.WriteLineAsync($"No benchmark named {string.Join(", ", args)}; known: {string.Join(", ", benchmarks.Select(b => b.Name))}");
    return 2;
}

foreach (var benchmark in selected)
{
    Console.WriteLine($"== {benchmark.Name}");
    await benchmark.RunAsync(Console.Out, CancellationToken.None);
}

return 0;
