using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Web.Cli;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Account summary and P/L follow the position; the standalone command reads a scenario file.</summary>
public sealed class AccountTests
{
    [Fact]
    public async Task ReqAccountSummary_AfterCondorFill_MarginRespondsToPosition()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        await client.SendAsync(new ReqAccountSummaryRequest(1, "All", "InitMarginReq"));
        var before = await client.CollectUntilAsync<AccountSummaryMessage, AccountSummaryEndMessage>();

        await OrderFlow.EnterAsync(harness, client);
        await client.SendAsync(new ReqAccountSummaryRequest(2, "All", "InitMarginReq"));
        var after = await client.CollectUntilAsync<AccountSummaryMessage, AccountSummaryEndMessage>();
        await client.SendAsync(new ReqPnLRequest(3, "DU0000001", string.Empty));
        var pnl = await client.WaitForAsync<PnlMessage>();

        Assert.Equal("0", before.Single(a => a.Tag == "InitMarginReq").Value);
        var margin = decimal.Parse(after.Single(a => a.Tag == "InitMarginReq").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(20m * 100, margin); // Reg-T: widest wing × 100, the credit is cash
        Assert.Equal(7, after.Count);
        Assert.True(pnl.DailyPnL < 0, "right after a fill at the natural the marks are below the cost (spread and commission)");
    }

    [Fact]
    public async Task Simulate_ScenarioFile_AppliesFaults()
    {
        var file = Path.Combine(Path.GetTempPath(), $"condor-scenario-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "noExpiryToday": true }""");
        using var stop = new CancellationTokenSource();
        var output = new FirstLineWriter();
        var run = Task.Run(() => SimulateCommand.Run(
            ["simulate", "--port", "0", "--start", "2026-11-23T09:25:00-05:00", "--speed", "0", "--scenario", file], output, TextWriter.Null, TimeProvider.System, stop.Token));
        try
        {
            var port = FirstLineWriter.Port(await output.FirstLineAsync());
            await using var client = await TestTwsClient.ConnectAsync(port);
            await client.SendAsync(new ReqSecDefOptParamsRequest(1, "SPX", string.Empty, "IND", 416904));
            var rows = await client.CollectUntilAsync<SecurityDefinitionOptionParameterMessage, SecurityDefinitionOptionParameterEndMessage>();

            Assert.DoesNotContain("20261123", rows[0].Expirations);
        }
        finally
        {
            await stop.CancelAsync();
            await run;
            File.Delete(file);
        }
    }
}
