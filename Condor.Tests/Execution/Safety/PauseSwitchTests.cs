using Condor.Engine.Configuration;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Execution.Safety;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;
using Condor.Tests.Execution.Orders;
using Condor.Tests.Journal;

namespace Condor.Tests.Execution.Safety;

/// <summary>Pause and resume: persisted in the journal (per mode), nothing sent to the broker.</summary>
public sealed class PauseSwitchTests
{
    [Fact]
    public async Task Pause_SurvivesARestart_PerMode_ResumeClearsIt()
    {
        await using var temp = await TempJournal.CreateAsync();
        Assert.True(await new PauseSwitch(temp.Journal, temp.Time).PauseAsync(AuditActor.OwnerWeb, CancellationToken.None));

        var afterRestart = await ReopenAsync(temp, TradingMode.Simulated);
        var paused = await new PauseSwitch(afterRestart, temp.Time).IsPausedAsync(CancellationToken.None);
        var paperPaused = await new PauseSwitch(await ReopenAsync(temp, TradingMode.Paper), temp.Time).IsPausedAsync(CancellationToken.None);
        Assert.True(await new PauseSwitch(afterRestart, temp.Time).ResumeAsync(AuditActor.OwnerBot, CancellationToken.None));
        var resumedAfterRestart = await new PauseSwitch(await ReopenAsync(temp, TradingMode.Simulated), temp.Time).IsPausedAsync(CancellationToken.None);

        Assert.True(paused);
        Assert.False(paperPaused);
        Assert.False(resumedAfterRestart);
        var audit = await afterRestart.GetAuditAsync(DateTimeOffset.MinValue, 100, CancellationToken.None);
        Assert.Contains(audit, a => a.Actor == AuditActor.OwnerWeb && a.Message.StartsWith("Paused", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Actor == AuditActor.OwnerBot && a.Message.StartsWith("Resumed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PauseTwice_AndResumeWhenNotPaused_ChangeNothing()
    {
        await using var temp = await TempJournal.CreateAsync();
        var pause = new PauseSwitch(temp.Journal, temp.Time);

        Assert.False(await pause.ResumeAsync(AuditActor.OwnerWeb, CancellationToken.None));
        Assert.True(await pause.PauseAsync(AuditActor.OwnerWeb, CancellationToken.None));
        Assert.False(await pause.PauseAsync(AuditActor.OwnerWeb, CancellationToken.None));

        Assert.Single(await temp.Journal.GetAuditAsync(DateTimeOffset.MinValue, 100, CancellationToken.None));
    }

    [Fact]
    public async Task Pause_WithAnOpenCondor_SendsNothing_ExitsKeepWorking()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), options: new StrategyOptions { TimeExit = new TimeOnly(15, 30) });
        var legs = w.Legs(outOfMoney: 0.015m);
        var (entry, position) = await w.EnterAsync(legs);
        await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var before = (await w.Client.GetOpenOrdersAsync(OpenOrdersScope.AllClients, w.Token)).Select(o => (o.Order.OrderRef, o.OrderState.Status)).Order().ToList();

        await new PauseSwitch(w.Journal, w.Clock).PauseAsync(AuditActor.OwnerWeb, w.Token);
        await w.AdvanceAsync(TimeSpan.FromSeconds(5));

        var after = (await w.Client.GetOpenOrdersAsync(OpenOrdersScope.AllClients, w.Token)).Select(o => (o.Order.OrderRef, o.OrderState.Status)).Order().ToList();
        Assert.Equal(3, before.Count);
        Assert.Equal(before, after);
        Assert.Equal(TradeStatus.Open, (await w.Journal.GetTradeAsync(entry.TradeId, w.Token))!.Status);
    }

    private static async Task<SqliteJournal> ReopenAsync(TempJournal temp, TradingMode mode) =>
        await SqliteJournal.OpenAsync(temp.Location, temp.Options, mode, temp.Time, CancellationToken.None);
}
