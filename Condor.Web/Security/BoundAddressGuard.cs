using Condor.Web.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Condor.Web.Security;

/// <summary>
/// The second half of the open-mode guard: once the server has started, every address it actually bound must be
/// loopback, whatever the configuration said (an address Kestrel cannot read as an IP, such as
/// <c>http://[127.0.0.1]:5492</c>, makes it bind every interface). Otherwise start-up fails and the app stops.
/// </summary>
internal sealed class BoundAddressGuard(IServer server, IOptionsMonitor<WebOptions> web) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (web.CurrentValue.PasswordRequired)
        {
            return Task.CompletedTask;
        }

        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = bound.Where(a => !ListenAddresses.IsLoopback(a)).ToList();
        if (exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"{WebOptions.Section}:PasswordHash is empty, so Condor is open to anyone who can reach it and may listen on " +
                $"loopback only, but the server bound {string.Join(", ", exposed.Select(a => $"'{a}'"))}. Stopping. " +
                "Set a password hash (dotnet run --project Condor.Web -- hash-password) or listen on a loopback address " +
                "written as Kestrel reads it (http://127.0.0.1:5000, http://[::1]:5000, http://localhost:5000).");
        }

        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
