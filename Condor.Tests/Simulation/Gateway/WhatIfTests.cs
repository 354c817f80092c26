using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>whatIf answers by account type, and IB's misbehaving answers.</summary>
public sealed class WhatIfTests
{
    [Fact]
    public async Task WhatIf_PortfolioMarginAccount_WidthLessCreditBelowRegT()
    {
        var answer = await AskAsync(new SimulationScenario { PortfolioMargin = true });

        Assert.InRange(answer.OrderState.InitMarginChange!.Value, 100m, 1999m); // (20 − credit) × 100
    }

    [Fact]
    public async Task WhatIf_UnsetMarginsFirst_TwoAnswersTheSecondReal()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { WhatIfFault = WhatIfFault.UnsetMarginsFirst }, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(GatewayHarness.Order(10, harness.IronCondor(sp, sc), "BUY", "LMT", -2m, whatIf: true));
        var first = await client.WaitForAsync<OpenOrderMessage>();
        var second = await client.WaitForAsync<OpenOrderMessage>();

        Assert.Null(first.OrderState.InitMarginChange);
        Assert.Null(first.OrderState.Commission);
        Assert.Equal(2000m, second.OrderState.InitMarginChange);
    }

    [Fact]
    public async Task WhatIf_BogusCommission_MarginsSetCommissionUnset()
    {
        var answer = await AskAsync(new SimulationScenario { WhatIfFault = WhatIfFault.BogusCommission });

        Assert.Equal(2000m, answer.OrderState.InitMarginChange);
        Assert.Null(answer.OrderState.Commission); // 1.797e308 on the wire, IB's unset value
    }

    private static async Task<OpenOrderMessage> AskAsync(SimulationScenario scenario)
    {
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        await client.SendAsync(GatewayHarness.Order(10, bag, "BUY", "LMT", harness.Quote(bag).Ask!.Value, whatIf: true));
        return await client.WaitForAsync<OpenOrderMessage>();
    }
}
