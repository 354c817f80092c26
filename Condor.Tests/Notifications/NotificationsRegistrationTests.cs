using Condor.Engine.Notifications;
using Condor.Tests.TestSupport;
using Condor.Tests.Web;

namespace Condor.Tests.Notifications;

/// <summary>The app's DI: a configured channel delivers through the hosted service; none configured, nothing is there to send.</summary>
[Collection(WebCollection.Name)]
public sealed class NotificationsRegistrationTests
{
    [Fact]
    public async Task App_NtfyConfigured_PublishedAlertDeliveredByTheHostedService()
    {
        using var data = new TempDirectory();
        await using var server = await RecordingHttpServer.StartAsync();
        await using var app = AppStartup.Build(new Dictionary<string, string?>
        {
            ["Condor:Notifications:NtfyTopicUrl"] = server.Url("condor").ToString(),
        }, data.Path);
        await app.StartAsync();

        var dispatcher = app.Services.GetRequiredService<NotificationDispatcher>();
        Assert.True(dispatcher.Publish(Notification.Urgent("Test alert", "from the app")));
        var request = await server.NextAsync();
        await app.StopAsync();

        Assert.Equal("from the app", request.Body);
        Assert.Equal("ntfy", Assert.Single(dispatcher.Health).Channel);
    }

    [Fact]
    public async Task App_NoChannel_DispatcherDisabled()
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?>(), data.Path);
        await app.StartAsync();

        var dispatcher = app.Services.GetRequiredService<NotificationDispatcher>();
        await app.StopAsync();

        Assert.False(dispatcher.Enabled);
        Assert.False(dispatcher.Publish(Notification.Urgent("x", "y")));
    }
}
