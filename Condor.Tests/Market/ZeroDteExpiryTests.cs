using Condor.Engine.Market;

namespace Condor.Tests.Market;

public sealed class ZeroDteExpiryTests
{
    [Fact]
    public void IsListed_ChainHasSessionDate_True()
    {
        Assert.True(ZeroDteExpiry.IsListed(["20260309", "20260310", "20260311"], new DateOnly(2026, 3, 10)));
    }

    [Fact]
    public void IsListed_ChainOnlyHasLaterExpiries_False()
    {
        Assert.False(ZeroDteExpiry.IsListed(["20260311", "20260313"], new DateOnly(2026, 3, 10)));
    }

    [Fact]
    public void IsListed_EmptyChain_False()
    {
        Assert.False(ZeroDteExpiry.IsListed([], new DateOnly(2026, 3, 10)));
    }

    [Fact]
    public void Format_SessionDate_IsIbExpiryString()
    {
        Assert.Equal("20260105", ZeroDteExpiry.Format(new DateOnly(2026, 1, 5)));
    }
}
