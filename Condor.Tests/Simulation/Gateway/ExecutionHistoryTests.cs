using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>reqExecutions answers today's executions, as IB does, to any client.</summary>
public sealed class ExecutionHistoryTests
{
    [Fact]
    public async Task ReqExecutions_NextDay_YesterdaysExecutionsNotAnswered()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(15, 50));
        await using (var first = await harness.ConnectAsync(3))
        {
            await OrderFlow.EnterAsync(harness, first);
        }

        harness.Gateway.DropAll();
        harness.Clock.AdvanceTo(EasternTime.At(GatewayHarness.Session.AddDays(1), new TimeOnly(9, 0)));
        await using var restarted = await harness.ConnectAsync(3);
        await restarted.SendAsync(new ReqExecutionsRequest(41, new ExecutionFilter()));
        var execs = await restarted.CollectUntilAsync<ExecDetailsMessage, ExecDetailsEndMessage>();

        Assert.Empty(execs);
    }

    [Fact]
    public async Task ReqExecutions_ClientRestartedSameDay_TodaysExecutionsAnswered()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using (var first = await harness.ConnectAsync(3))
        {
            await OrderFlow.EnterAsync(harness, first);
        }

        harness.Gateway.DropAll();
        await using var restarted = await harness.ConnectAsync(3);
        await restarted.SendAsync(new ReqExecutionsRequest(42, new ExecutionFilter()));
        var execs = await restarted.CollectUntilAsync<ExecDetailsMessage, ExecDetailsEndMessage>();

        Assert.Equal(5, execs.Count);
    }
}
