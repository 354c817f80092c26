using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

public sealed class BrownianBridgeCursorTests
{
    [Fact]
    public void Value_ConsecutiveSeconds_BitIdenticalToTheBridge()
    {
        var cursor = new BrownianBridgeCursor(7, 1);
        var start = 170_000_000L;
        for (var step = start; step < start + 5_000; step++)
        {
            Assert.Equal(BrownianBridge.Value(7, 1, step), cursor.Value(step));
        }
    }

    [Fact]
    public void Value_ScatteredAndEdgeSteps_BitIdenticalToTheBridge()
    {
        var cursor = new BrownianBridgeCursor(3, 2);
        var steps = new List<long> { 0, BrownianBridge.Length, 1, BrownianBridge.Length - 1, BrownianBridge.Length / 2, 0, 12345 };
        var random = new Random(11);
        steps.AddRange(Enumerable.Range(0, 2_000).Select(_ => random.NextInt64(0, BrownianBridge.Length + 1)));
        steps.AddRange(Enumerable.Range(0, 500).Select(i => 170_000_000L - (i * 37)));
        foreach (var step in steps)
        {
            Assert.Equal(BrownianBridge.Value(3, 2, step), cursor.Value(step));
        }
    }

    [Fact]
    public void Value_OutsideTheGrid_Throws()
    {
        var cursor = new BrownianBridgeCursor(1, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => cursor.Value(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => cursor.Value(BrownianBridge.Length + 1));
    }
}
