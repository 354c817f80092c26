using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>The scenario's nightly reset (1100 → 1102) and weekly re-authentication (refused connections), over a socket.</summary>
public sealed class ResetWindowTests
{
    [Fact]
    public async Task NightlyReset_FromJson_1100AtOpeningNoDataThen1102AndDataAgain()
    {
        // Placed at 10:00 ET for two minutes so the index is moving and the silence is visible.
        var scenario = ScenarioJson.Deserialize("""{"nightlyReset": {"start": "10:00:00", "duration": "00:02:00"}}""");
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 59));
        await using var client = await harness.ConnectAsync();
        await client.SendAsync(new ReqMktDataRequest(5, new Contract { ConId = 416904, SecType = "IND", Exchange = "CBOE" }, string.Empty, false, false));

        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(59));
        var lostEarly = client.Seen.OfType<ErrorMessage>().Any(e => e.ErrorCode == 1100);
        harness.Advance(TimeSpan.FromSeconds(1));
        var lost = await client.WaitForAsync<ErrorMessage>(e => e.ErrorCode == 1100);
        var atLoss = client.Seen.Count;
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(119));
        var duringReset = client.Seen.Skip(atLoss).ToList();
        harness.Advance(TimeSpan.FromSeconds(1));
        var restored = await client.WaitForAsync<ErrorMessage>(e => e.ErrorCode == 1102);
        var atRestore = client.Seen.Count;
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(5));

        Assert.False(lostEarly, "no 1100 before the window opens");
        Assert.Equal((-1, "Connectivity between IB and Trader Workstation has been lost."), (lost.Id, lost.ErrorMsg));
        Assert.DoesNotContain(duringReset, m => m is TickPriceMessage or ErrorMessage { ErrorCode: 1102 });
        Assert.Equal(-1, restored.Id);
        Assert.Contains("data maintained", restored.ErrorMsg, StringComparison.Ordinal);
        Assert.Contains(client.Seen.Skip(atRestore), m => m is TickPriceMessage { TickerId: 5 });
        Assert.False(client.Closed);
    }

    [Fact]
    public async Task NightlyReset_NextDay_ArmedAgain()
    {
        var scenario = new SimulationScenario { NightlyReset = new ResetWindow(new TimeOnly(23, 45), TimeSpan.FromMinutes(10)) };
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(23, 40));
        await using var client = await harness.ConnectAsync();

        harness.Advance(TimeSpan.FromMinutes(15));
        await OrderFlow.SyncAsync(client);
        harness.Advance(TimeSpan.FromHours(24));
        await OrderFlow.SyncAsync(client);

        var codes = client.Seen.OfType<ErrorMessage>().Select(e => e.ErrorCode).Where(c => c is 1100 or 1102).ToList();
        Assert.Equal([1100, 1102, 1100, 1102], codes);
    }

    [Fact]
    public async Task WeeklyReauthentication_DuringWindow_ConnectionRefusedThenAccepted()
    {
        // The session (2026-11-23) is a Monday; the window is placed on it at 09:00 ET for 30 minutes.
        var scenario = ScenarioJson.Deserialize("""{"weeklyReauthentication": {"day": "Monday", "start": "09:00:00", "duration": "00:30:00"}}""");
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 10));

        await Assert.ThrowsAnyAsync<IOException>(() => harness.ConnectAsync());
        harness.Advance(TimeSpan.FromMinutes(20));
        await using var client = await harness.ConnectAsync();

        Assert.Equal(1, harness.Gateway.ConnectedClients);
    }

    [Fact]
    public async Task WeeklyReauthentication_OtherWeekday_Accepted()
    {
        var scenario = new SimulationScenario { WeeklyReauthentication = new ResetWindow(new TimeOnly(9, 0), TimeSpan.FromMinutes(30), DayOfWeek.Sunday) };
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 10));

        await using var client = await harness.ConnectAsync();

        Assert.Equal(1, harness.Gateway.ConnectedClients);
    }

    [Theory]
    [InlineData("""{"nightlyReset": {"start": "23:45:00", "duration": "00:00:00"}}""")]
    [InlineData("""{"nightlyReset": {"day": "Monday", "start": "23:45:00", "duration": "00:05:00"}}""")]
    [InlineData("""{"weeklyReauthentication": {"start": "01:00:00", "duration": "00:05:00"}}""")]
    public void Scenario_BadWindow_Rejected(string json) =>
        Assert.Throws<ArgumentException>(() => ScenarioJson.Deserialize(json));
}
