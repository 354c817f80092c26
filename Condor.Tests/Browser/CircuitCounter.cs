using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Condor.Tests.Browser;

/// <summary>Counts the circuits an app opened (a reconnect reuses one; a resume or a reload opens a new one).</summary>
public sealed class CircuitCounter : CircuitHandler
{
    private int _opened;

    public int Opened => Volatile.Read(ref _opened);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _opened);
        return Task.CompletedTask;
    }
}
