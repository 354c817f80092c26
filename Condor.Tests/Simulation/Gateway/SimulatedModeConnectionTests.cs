using System.Net.Http.Json;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Transport;
using Condor.Tests.TestSupport;
using Condor.Tests.Web;
using Condor.Web.Simulation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Condor.Tests.Simulation.Gateway;

public sealed class SimulatedModeConnectionTests
{
    [Fact]
    public async Task App_SimulatedMode_ConnectsItsTwsClientToTheBuiltInSimulator()
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?>(), data.Path);

        await app.StartAsync();
        var client = app.Services.GetRequiredService<TwsClient>();
        var clock = app.Services.GetRequiredService<SimulatorHostedService>().Clock!;
        var before = clock.GetUtcNow();
        var gatewayTime = await client.RequestCurrentTimeAsync(CancellationToken.None);
        var after = clock.GetUtcNow();
        var status = await StatusAsync(app.Services);
        var serverVersion = client.Handshake?.ServerVersion;
        await app.StopAsync();

        Assert.Equal(177, serverVersion);
        // currentTime has one-second resolution and comes from the simulator's virtual clock, not the wall clock.
        Assert.InRange(gatewayTime, before.AddSeconds(-1), after.AddSeconds(1));
        Assert.Equal(("Simulated", nameof(ConnectionState.Connected), 177), (status.Mode, status.Broker, status.BrokerServerVersion));
    }

    private static async Task<StatusBody> StatusAsync(IServiceProvider services)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        return (await http.GetFromJsonAsync<StatusBody>(new Uri("/api/status", UriKind.Relative)))!;
    }

    private sealed record StatusBody(string Mode, string Broker, int? BrokerServerVersion);
}
