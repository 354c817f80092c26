namespace Condor.Tests.Simulation.Gateway;

/// <summary>A writer whose first line can be awaited (the <c>simulate</c> command prints its port, then blocks).</summary>
internal sealed class FirstLineWriter : StringWriter
{
    private readonly TaskCompletionSource<string> _line = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The port in the command's banner <c>... on 127.0.0.1:PORT ...</c>.</summary>
    public static int Port(string line) =>
        int.Parse(line.Split("127.0.0.1:")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    public Task<string> FirstLineAsync() => _line.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        _line.TrySetResult(value ?? string.Empty);
    }
}
