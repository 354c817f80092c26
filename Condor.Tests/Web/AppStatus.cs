using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Condor.Tests.Web;

/// <summary>Reads <c>/api/status</c> of an app started by <see cref="AppStartup"/> (open mode, loopback) over HTTP.</summary>
internal static class AppStatus
{
    public static async Task<Body> GetAsync(IServiceProvider services)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        return (await http.GetFromJsonAsync<Body>(new Uri("/api/status", UriKind.Relative)))!;
    }

    internal sealed record Body(string Mode, DateTimeOffset ServerTimeUtc, Rehearsal? Rehearsal, string Broker, int? BrokerServerVersion);

    internal sealed record Rehearsal(DateTimeOffset Start, double Speed, DateTimeOffset StartedAtUtc);
}
