using System.Net.Http.Headers;
using System.Text.Json;
using Condor.Engine.Execution;

namespace Condor.Tests.Web;

/// <summary><c>GET /api/status</c> answers the engine's snapshot (the one the Live page renders), behind the owner's API token.</summary>
[Collection(WebCollection.Name)]
public sealed class StatusApiTests
{
    [Fact]
    public async Task Status_WithApiToken_AnswersTheEnginesPhasesConnectionAndDecision()
    {
        using var factory = CondorWebFactory.WithPassword(new Dictionary<string, string?>
        {
            ["Condor:Clock:Start"] = "2026-12-25T09:31:00-05:00", // a holiday: the engine decides "no trade"
            ["Condor:Clock:Speed"] = "0",
        });
        using var client = factory.CreateNoRedirectClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CondorWebFactory.ApiToken);

        using var response = await client.GetAsync(new Uri("/api/status", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var engine = factory.Services.GetRequiredService<TradingEngine>().Snapshot;

        var root = body.RootElement;
        Assert.Equal("Simulated", root.GetProperty("mode").GetString());
        Assert.Equal(
            ["Connect", "Wait", "Read", "CheckFilters", "FindStrikes", "Send", "Chase", "Protect"],
            root.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("phase").GetString()));
        Assert.All(root.GetProperty("phases").EnumerateArray(), p => Assert.False(string.IsNullOrEmpty(p.GetProperty("status").GetString())));
        Assert.Equal(root.GetProperty("broker").GetString(), root.GetProperty("connection").GetProperty("state").GetString());
        Assert.Equal(engine.Decision?.NoTradeReason, root.GetProperty("decision") is { ValueKind: JsonValueKind.Object } d ? d.GetProperty("noTradeReason").GetString() : null);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("workingOrders").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("position").ValueKind);
    }

    [Fact]
    public async Task Status_WithoutTokenOrLogin_Answers401()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var client = factory.CreateNoRedirectClient();

        using var response = await client.GetAsync(new Uri("/api/status", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
