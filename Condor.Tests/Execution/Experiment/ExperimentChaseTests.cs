using Condor.Engine.Broker;

namespace Condor.Tests.Execution.Experiment;

/// <summary>The entry chase on the real quotes: the seeded fill model decides, deterministically for one seed.</summary>
public sealed class ExperimentChaseTests
{
    [Fact]
    public async Task Chase_AtMidThenStepsTowardNatural_NoFillAtMidFillsAfterTwoStepsAtTheLimit()
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32, seed: 9);
        var bag = w.Condor();
        var (_, ask, mid) = w.Quote(bag);

        var (placement, modifications, price, at) = await ExperimentNoOrdersTests.ChaseAsync(w, bag, ExperimentNoOrdersTests.Credit(mid), ask);

        Assert.Equal("PreSubmitted", placement.Status);
        Assert.Equal(2, modifications);
        Assert.Equal(ExperimentNoOrdersTests.Credit(mid) + 0.10m, price); // filled at its limit, between the mid and the natural price
        Assert.Equal(GatewayHarnessTime(9, 32, 15), at);
        var fill = Assert.Single(w.Typed.Seen.OfType<OrderExecuted>(), e => e.IsCombo);
        Assert.Equal((placement.OrderId, price), (fill.OrderId, fill.Price));
    }

    [Fact]
    public async Task Chase_SameSeedTwice_SameFill()
    {
        var first = await RunAsync(seed: 4);
        var again = await RunAsync(seed: 4);
        var other = await RunAsync(seed: 9);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    private static async Task<(int Modifications, decimal Price, DateTimeOffset At)> RunAsync(ulong seed)
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32, seed);
        var bag = w.Condor();
        var (_, ask, mid) = w.Quote(bag);
        var (_, modifications, price, at) = await ExperimentNoOrdersTests.ChaseAsync(w, bag, ExperimentNoOrdersTests.Credit(mid), ask);
        return (modifications, price, at);
    }

    private static DateTimeOffset GatewayHarnessTime(int hour, int minute, int second) =>
        Simulation.Gateway.GatewayHarness.Et(hour, minute, second);
}
