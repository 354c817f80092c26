using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Transport;

public sealed class GatewayHealthTests
{
    [Fact]
    public void Observe_1100Then1102_LinkDownThenUp()
    {
        var health = new GatewayHealth();

        Assert.True(health.Observe(1100, "Connectivity between IB and Trader Workstation has been lost."));
        Assert.False(health.Snapshot.IbLinkUp);
        Assert.False(health.Snapshot.Healthy);
        Assert.True(health.Observe(1102, "Connectivity between IB and Trader Workstation has been restored - data maintained."));

        Assert.True(health.Snapshot.Healthy);
    }

    [Fact]
    public void Observe_2110_LinkDownUntil1101()
    {
        var health = new GatewayHealth();

        health.Observe(2110, "Connectivity between Trader Workstation and server is broken. It will be restored automatically.");
        Assert.False(health.Snapshot.IbLinkUp);
        health.Observe(1101, "Connectivity between IB and TWS has been restored- data lost.");

        Assert.True(health.Snapshot.IbLinkUp);
    }

    [Fact]
    public void Observe_FarmBrokenThenOk_TrackedByFarmName()
    {
        var health = new GatewayHealth();

        Assert.True(health.Observe(2103, "Market data farm connection is broken:usfarm"));
        Assert.True(health.Observe(2157, "Sec-def data farm connection is broken:secdefil"));
        Assert.Equal(["secdefil", "usfarm"], health.Snapshot.BrokenFarms);
        Assert.True(health.Snapshot.IbLinkUp);
        Assert.False(health.Snapshot.Healthy);

        Assert.True(health.Observe(2104, "Market data farm connection is OK:usfarm"));
        Assert.Equal(["secdefil"], health.Snapshot.BrokenFarms);
    }

    [Fact]
    public void Observe_UnrelatedCode_NoChange()
    {
        var health = new GatewayHealth();

        Assert.False(health.Observe(201, "Order rejected"));
        Assert.False(health.Observe(2104, "Market data farm connection is OK:usfarm")); // was not broken
        Assert.True(health.Snapshot.Healthy);
    }

    [Fact]
    public void Reset_AfterProblems_Healthy()
    {
        var health = new GatewayHealth();
        health.Observe(1100, "lost");
        health.Observe(2105, "HMDS data farm connection is broken:ushmds");

        health.Reset();

        Assert.True(health.Snapshot.Healthy);
    }
}
