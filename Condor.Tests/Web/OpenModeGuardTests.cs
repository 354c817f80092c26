using System.Net;
using Condor.Web.Configuration;
using Condor.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;

namespace Condor.Tests.Web;

/// <summary>The open (no password) app: what it may listen on, what it actually bound, which Host names it answers.</summary>
[Collection(WebCollection.Name)]
public sealed class OpenModeGuardTests
{
    /// <summary>Listen addresses as Kestrel reads them: loopback only when the host is localhost or a loopback IP as written.</summary>
    public static TheoryData<string, bool> TrickyAddresses => new()
    {
        { "http://[127.0.0.1]:5492", false }, // was taken for loopback; Kestrel bound every interface
        { "http://[::1]x:5492", false }, // likewise
        { "http://[::1]:5492", true },
        { "http://LOCALHOST:5492", true },
        { "http://localhost.:5492", false }, // a host name to Kestrel: every interface
        { "http://localhost.example:5492", false },
        { "http://127.0.0.1.nip.io:5492", false },
        { "http://127.0.0.1:5492/", true },
        { "  http://127.0.0.1:5492  ", true },
        { "http://127.1:5492", true }, // IPAddress reads it as 127.0.0.1, and so does Kestrel
        { "http://0:5492", false }, // 0.0.0.0
        { "http://0.0.0.0:5492", false },
        { "http://[::]:5492", false },
        { "http://[0:0:0:0:0:0:0:1]:5492", true },
        { "http://*:5492", false },
        { "http://+:5492", false },
        { "http://unix:/tmp/condor.sock", false },
        { "", false },
    };

    [Theory]
    [MemberData(nameof(TrickyAddresses))]
    public void IsLoopback_TrickyAddress_AsKestrelBindsIt(string address, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(address));

    [Theory]
    [InlineData("http://[127.0.0.1]:5492")]
    [InlineData("http://[::1]x:5492")]
    [InlineData("http://127.0.0.1:5000;http://localhost.:5492")]
    public async Task StartUp_NoPasswordAddressKestrelBindsEverywhere_Refuses(string urls)
    {
        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["urls"] = urls });

        Assert.NotNull(error);
        Assert.Contains("Condor:Web:PasswordHash", error.Message, StringComparison.Ordinal);
        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://[::]:5492")]
    [InlineData("http://0.0.0.0:5492")]
    [InlineData("http://192.168.1.20:5492")]
    public async Task BoundAddressGuard_NoPasswordServerBoundNonLoopback_StopsStartUp(string bound)
    {
        var guard = new BoundAddressGuard(new BoundServer("http://127.0.0.1:5000", bound), new FixedOptionsMonitor<WebOptions>(new WebOptions()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => guard.StartedAsync(CancellationToken.None));

        Assert.Contains(bound, error.Message, StringComparison.Ordinal);
        Assert.Contains("Condor:Web:PasswordHash", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoundAddressGuard_LoopbackOnlyOrPassword_LetsItRun()
    {
        var loopback = new BoundServer("http://127.0.0.1:5000", "http://[::1]:5000", "http://localhost:5001");
        var exposed = new BoundServer("http://[::]:5492");

        await new BoundAddressGuard(loopback, new FixedOptionsMonitor<WebOptions>(new WebOptions())).StartedAsync(CancellationToken.None);
        await new BoundAddressGuard(exposed, new FixedOptionsMonitor<WebOptions>(new WebOptions { PasswordHash = CondorWebFactory.PasswordHash }))
            .StartedAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartUp_RealServer_RunsTheBoundAddressGuard()
    {
        using var data = new TestSupport.TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?>(), data.Path);

        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        var guards = app.Services.GetServices<IHostedService>().OfType<BoundAddressGuard>().Count();
        await app.StopAsync();

        Assert.Equal(1, guards);
        Assert.NotEmpty(bound);
        Assert.All(bound, a => Assert.True(ListenAddresses.IsLoopback(a), a));
    }

    [Theory]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("localhost:5000", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:5000", HttpStatusCode.OK)]
    [InlineData("[::1]:5000", HttpStatusCode.OK)]
    [InlineData("evil.example", HttpStatusCode.BadRequest)] // DNS rebinding: a foreign name resolving to 127.0.0.1
    [InlineData("evil.example:5000", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1.nip.io:5000", HttpStatusCode.BadRequest)]
    public async Task OpenMode_HostHeader_OnlyLoopbackNamesAnswered(string host, HttpStatusCode expected)
    {
        using var factory = new CondorWebFactory();
        using var client = factory.CreateNoRedirectClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/settings");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PasswordMode_ForeignHostHeader_AllowedHostsStaysConfigurable()
    {
        using var open = CondorWebFactory.WithPassword();
        using var restricted = CondorWebFactory.WithPassword(new Dictionary<string, string?> { ["AllowedHosts"] = "condor.example" });

        var anyHost = await HealthStatusAsync(open, "condor.example");
        var configuredHost = await HealthStatusAsync(restricted, "condor.example");
        var otherHost = await HealthStatusAsync(restricted, "evil.example");

        Assert.Equal(HttpStatusCode.OK, anyHost);
        Assert.Equal(HttpStatusCode.OK, configuredHost);
        Assert.Equal(HttpStatusCode.BadRequest, otherHost);
    }

    [Fact]
    public async Task StartUp_NoPasswordWithKnownProxies_Refuses()
    {
        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["Condor:Web:KnownProxies:0"] = "127.0.0.1" });

        Assert.NotNull(error);
        Assert.Contains("Condor:Web:KnownProxies", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> HealthStatusAsync(CondorWebFactory factory, string host)
    {
        using var client = factory.CreateNoRedirectClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A server that says it bound the given addresses.</summary>
    private sealed class BoundServer : IServer
    {
        public BoundServer(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
