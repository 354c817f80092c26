using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>IB's pacing over a real socket: 50 messages a wall second, error 100 beyond, a disconnect when it persists.</summary>
public sealed class PacingTests
{
    private static readonly DateTimeOffset WallStart = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)] // maximum speed (the simulator-day benchmark, replays): a client paced on this clock is never refused
    [InlineData(60, 0)]
    [InlineData(1, 50)] // real time: IB's limit
    public async Task SimulatorHost_SettingsGiven_PacedAtRealSpeedOnly(double speed, int expectedLimit)
    {
        await using var host = SimulatorHost.Create(1, WallStart, speed, null, 0, settings: new GatewaySettings());

        Assert.Equal(expectedLimit, host.Gateway.Settings.MessageRateLimit);
    }

    [Fact]
    public async Task Burst_51MessagesInOneSecond_FiftyAnsweredOneGetsError100()
    {
        var wall = new VirtualClock(WallStart);
        await using var harness = await StartAsync(wall);
        await using var client = await harness.ConnectAsync();

        await BurstAsync(client, 51);

        var refused = await client.WaitForAsync<ErrorMessage>(e => e.ErrorCode == 100);
        Assert.Equal(50, client.Seen.OfType<CurrentTimeMessage>().Count());
        Assert.Equal("Max rate of messages per second has been exceeded.", refused.ErrorMsg);
        wall.Advance(TimeSpan.FromSeconds(1)); // the next second's budget is fresh
        await client.SendAsync(new ReqCurrentTimeRequest());
        await client.WaitForAsync<CurrentTimeMessage>();
        Assert.False(client.Closed);
    }

    [Fact]
    public async Task Violation_ThreeSecondsInARow_Disconnects()
    {
        var wall = new VirtualClock(WallStart);
        await using var harness = await StartAsync(wall);
        await using var client = await harness.ConnectAsync();

        for (var second = 0; second < 2; second++)
        {
            await BurstAsync(client, 51);
            await client.WaitForAsync<ErrorMessage>(e => e.ErrorCode == 100);
            wall.Advance(TimeSpan.FromSeconds(1));
        }

        var openAfterTwo = !client.Closed;
        await BurstAsync(client, 51);

        Assert.True(openAfterTwo, "two violating seconds are not yet persistent");
        Assert.True(await client.WaitClosedAsync(), "the third violating second in a row disconnects");
    }

    [Fact]
    public async Task Violation_CompliantSecondBetween_CountStartsAgain()
    {
        var wall = new VirtualClock(WallStart);
        await using var harness = await StartAsync(wall);
        await using var client = await harness.ConnectAsync();

        foreach (var pause in new[] { 1, 2, 1, 2 })
        {
            await BurstAsync(client, 51);
            await client.WaitForAsync<ErrorMessage>(e => e.ErrorCode == 100);
            wall.Advance(TimeSpan.FromSeconds(pause));
        }

        await client.SendAsync(new ReqCurrentTimeRequest());
        await client.WaitForAsync<CurrentTimeMessage>();
        Assert.False(client.Closed);
    }

    [Fact]
    public void Scenario_MessageRateLimitFromJson_Read()
    {
        var scenario = ScenarioJson.Deserialize("""{"messageRateLimit": 50}""");

        Assert.Equal(50, scenario.MessageRateLimit);
        Assert.Throws<ArgumentException>(() => ScenarioJson.Deserialize("""{"messageRateLimit": -1}"""));
    }

    private static Task<GatewayHarness> StartAsync(VirtualClock wall) =>
        GatewayHarness.StartAsync(new SimulationScenario { MessageRateLimit = 50 }, start: GatewayHarness.Et(9, 32), settings: new GatewaySettings { Wall = wall });

    private static async Task BurstAsync(TestTwsClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await client.SendAsync(new ReqCurrentTimeRequest());
        }
    }
}
