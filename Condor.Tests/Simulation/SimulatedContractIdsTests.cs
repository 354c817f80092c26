using Condor.Engine.Market;
using Condor.Engine.Simulation;
using static Condor.Tests.Simulation.SimulationFixtures;

namespace Condor.Tests.Simulation;

public sealed class SimulatedContractIdsTests
{
    [Fact]
    public void For_WholeChain_StableAndDistinct()
    {
        var chain = Model().Chain(Underlying.SPX, Session, Et(10, 0), SpxTicks);
        var ids = chain.Options.Select(o => SimulatedContractIds.For(new OptionKey(Underlying.SPX, Session, o.Strike, o.Right))).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(id >= 100_000_000));
        Assert.Equal(ids[0], SimulatedContractIds.For(new OptionKey(Underlying.SPX, Session, chain.Options[0].Strike, chain.Options[0].Right)));
        Assert.NotEqual(ids[0], SimulatedContractIds.For(new OptionKey(Underlying.XSP, Session, chain.Options[0].Strike, chain.Options[0].Right)));
    }
}
