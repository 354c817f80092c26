using Condor.Tests.TestSupport;
using Condor.Web.Configuration;
using Condor.Web.Security;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class OpenAccessTests
{
    [Theory]
    [InlineData("urls", "http://0.0.0.0:5000")]
    [InlineData("urls", "http://*:5000")]
    [InlineData("urls", "http://127.0.0.1:5000;http://192.168.1.20:5000")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://+:5000")]
    public async Task StartUp_NoPasswordNonLoopback_Refuses(string key, string address)
    {
        var settings = new Dictionary<string, string?> { [key] = address };
        if (key != "urls")
        {
            settings["urls"] = null;
        }

        var error = await AppStartup.TryStartAsync(settings);

        Assert.NotNull(error);
        Assert.Contains("Condor:Web:PasswordHash", error.Message, StringComparison.Ordinal);
        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartUp_PasswordNonLoopback_PassesValidation()
    {
        // Validation only: binding every interface of a shared machine in a test is not wanted.
        using var data = new TempDirectory();
        var app = AppStartup.Build(
            new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:5000", ["Condor:Web:PasswordHash"] = CondorWebFactory.PasswordHash },
            data.Path);

        var web = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;

        Assert.True(web.PasswordRequired);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("https://127.0.0.2:5001/", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://condor.example:5000", false)]
    public void IsLoopback_Address_Classified(string address, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(address));
}
