using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

public sealed class OrderRefTests
{
    [Fact]
    public void ToString_FollowsDesignFormat()
    {
        Assert.Equal("condor:20260302:entry:1", new OrderRef(new DateOnly(2026, 3, 2), OrderRole.Entry, 1).ToString());
        Assert.Equal("condor:20261231:kill:12", new OrderRef(new DateOnly(2026, 12, 31), OrderRole.Kill, 12).ToString());
    }

    [Theory]
    [InlineData("condor:20260302:target:2", "Target", 2)]
    [InlineData("condor:20260302:stop:1", "Stop", 1)]
    [InlineData("condor:20260302:time:3", "Time", 3)]
    public void TryParse_ValidRef_ReadsParts(string text, string role, int attempt)
    {
        Assert.True(OrderRef.TryParse(text, out var parsed));
        Assert.Equal(new OrderRef(new DateOnly(2026, 3, 2), Enum.Parse<OrderRole>(role), attempt), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("condor:20260302:entry")]
    [InlineData("condor:2026-03-02:entry:1")]
    [InlineData("condor:20260302:Entry:1")]
    [InlineData("condor:20260302:exit:1")]
    [InlineData("condor:20260302:entry:0")]
    [InlineData("other:20260302:entry:1")]
    public void TryParse_NotACondorRef_ReturnsFalse(string? text)
    {
        Assert.False(OrderRef.TryParse(text, out _));
    }
}
