using Condor.Engine.Configuration;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Notifications;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Notifications;

/// <summary>The engine event → notification table, and the subscriber end to end (engine events → loopback ntfy).</summary>
public sealed class EngineEventNotificationsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 14, 32, 30, TimeSpan.Zero);
    private const TradingMode Paper = TradingMode.Paper;

    private static EngineSnapshot Snapshot(bool withPosition = false) => EngineSnapshot.Initial(Paper, At) with
    {
        Decision = new DayDecision(new DateOnly(2026, 12, 4), null, null, new ChosenStrikes(5880, 5900, 6000, 6020), "delta 15",
            null, null, null, null, 1, null),
        Position = withPosition ? new PositionView(7, 1, 1.20m, [], null, null, null, null, null, null, []) : null,
    };

    [Fact]
    public void Map_UrgentAlert_UrgentWithTheMessage()
    {
        var n = EngineEventNotifications.Map(new UrgentAlert(Paper, At, "Exits missing for trade 7"), null);

        Assert.Equal(NotificationSeverity.Urgent, n!.Severity);
        Assert.Equal("Exits missing for trade 7", n.Body);
        Assert.Contains("[Paper]", n.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_NoTrade_InfoWithReason_OneKeyPerDay()
    {
        var first = EngineEventNotifications.Map(new NoTrade(Paper, At, new DateOnly(2026, 12, 4), "VIX 31 above the ceiling 30"), null);
        var again = EngineEventNotifications.Map(new NoTrade(Paper, At, new DateOnly(2026, 12, 4), "other wording"), null);

        Assert.Equal(NotificationSeverity.Info, first!.Severity);
        Assert.Equal("VIX 31 above the ceiling 30", first.Body);
        Assert.Equal(first.DuplicateKey, again!.DuplicateKey);
    }

    [Fact]
    public void Map_EntryFill_TradeOpenedWithStrikesAndCredit()
    {
        var n = EngineEventNotifications.Map(new Fill(Paper, At, "CONDOR-20261204-E", OrderRole.Entry, 1, 1.20m), Snapshot());

        Assert.Equal(NotificationSeverity.Info, n!.Severity);
        Assert.Contains("Trade opened", n.Title, StringComparison.Ordinal);
        Assert.Contains("5880/5900P 6000/6020C", n.Body, StringComparison.Ordinal);
        Assert.Contains("credit of 1.2", n.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_TargetFill_TradeClosedWithReasonAndPnl()
    {
        var n = EngineEventNotifications.Map(new Fill(Paper, At, "CONDOR-20261204-T", OrderRole.Target, 1, 0.90m), Snapshot(withPosition: true));

        Assert.Equal(NotificationSeverity.Info, n!.Severity);
        Assert.Contains("profit target", n.Title, StringComparison.Ordinal);
        Assert.Contains("P/L +30.00 USD", n.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_KillFillAndLostConnection_Urgent()
    {
        Assert.Equal(NotificationSeverity.Urgent,
            EngineEventNotifications.Map(new Fill(Paper, At, "CONDOR-K", OrderRole.Kill, 1, 2m), null)!.Severity);
        Assert.Equal(NotificationSeverity.Urgent,
            EngineEventNotifications.Map(new ConnectionChanged(Paper, At, ConnectionState.Lost, "socket closed"), null)!.Severity);
    }

    [Fact]
    public void Map_RoutineEvents_NotNotified()
    {
        Assert.Null(EngineEventNotifications.Map(new ConnectionChanged(Paper, At, ConnectionState.Connected, "ok"), null));
        Assert.Null(EngineEventNotifications.Map(new PositionPnlUpdate(Paper, At, 7, 12m, 10m), null));
        Assert.Null(EngineEventNotifications.Map(new OrderUpdate(Paper, At, "CONDOR-E", OrderRole.Entry, "Submitted", 0, 1), null));
    }

    [Fact]
    public async Task Notifier_EngineUrgentAlert_ReachesTheChannelWithPriority()
    {
        await using var h = await NotificationHarness.StartAsync((o, url) => o.NtfyTopicUrl = new Uri(url, "t").ToString());
        var events = new EngineEvents();
        using var notifier = new EngineEventNotifier(() => (events, () => null), h.Dispatcher);
        using var stop = new CancellationTokenSource();
        await notifier.StartAsync(stop.Token);

        events.Publish(new PositionPnlUpdate(Paper, At, 7, 12m, 10m));
        events.Publish(new UrgentAlert(Paper, At, "Entry failed after sending"));
        var request = await h.Server.NextAsync();
        await notifier.StopAsync(CancellationToken.None);

        Assert.Equal("Entry failed after sending", request.Body);
        Assert.Equal("5", request.Header("X-Priority"));
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task Notifier_NoChannel_DoesNotSubscribe()
    {
        await using var h = await NotificationHarness.StartAsync((_, _) => { });
        var events = new EngineEvents();
        using var notifier = new EngineEventNotifier(() => (events, () => null), h.Dispatcher);

        await notifier.StartAsync(CancellationToken.None);
        await notifier.StopAsync(CancellationToken.None);

        Assert.Equal(0, events.SubscriberCount);
    }
}
