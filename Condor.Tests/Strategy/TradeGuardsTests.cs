using Condor.Engine.Strategy;

namespace Condor.Tests.Strategy;

public sealed class TradeGuardsTests
{
    [Fact]
    public void Check_FreshSession_Allowed()
    {
        Assert.True(TradeGuards.Check(new GuardInput(0, false, 0)).Allowed);
    }

    [Fact]
    public void Check_AlreadyTradedThisSession_Blocked()
    {
        var decision = TradeGuards.Check(new GuardInput(1, false, 0));

        Assert.False(decision.Allowed);
        Assert.Equal("Already traded this session (1 filled entry): at most one trade per session.", decision.Reason);
    }

    [Fact]
    public void Check_EntryWorking_Blocked()
    {
        Assert.False(TradeGuards.Check(new GuardInput(0, true, 0)).Allowed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Check_OpenPosition_NeverAddedTo(int contracts)
    {
        var decision = TradeGuards.Check(new GuardInput(0, false, contracts));

        Assert.False(decision.Allowed);
        Assert.Contains("never added to", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxTradesPerSession_IsOne()
    {
        Assert.Equal(1, TradeGuards.MaxTradesPerSession);
    }
}
