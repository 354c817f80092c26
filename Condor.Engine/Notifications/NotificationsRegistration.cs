using Condor.Engine.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Notifications;

/// <summary>
/// DI for notifications: the dispatcher (publish from anywhere: <see cref="NotificationDispatcher.Publish"/>), its
/// health, and the hosted services (call before the engine's hosted service, so the event subscriber starts first). The options are registered (and validated) with the engine's other sections.
/// </summary>
internal static class NotificationsRegistration
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<NotificationHttp>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<NotificationsOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger<NotificationDispatcher>();
            var journal = new NotificationJournal(sp.GetRequiredService<IJournal>, logger);
            var channels = NotificationChannels.Create(options, sp.GetRequiredService<NotificationHttp>().Client, time);
            return new NotificationDispatcher(channels, options, time, journal, logger);
        });
        services.AddHostedService(sp => new NotificationService(
            sp.GetRequiredService<NotificationDispatcher>(),
            sp.GetRequiredService<IOptions<NotificationsOptions>>(),
            sp.GetRequiredService<NotificationHttp>(),
            sp.GetRequiredService<IJournal>,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<NotificationService>>(),
            sp.GetService<OwnerBotBindings>()));
        services.AddHostedService(sp => EngineEventNotifier.For(
            sp.GetRequiredService<Execution.TradingEngine>, sp.GetRequiredService<NotificationDispatcher>()));
        return services;
    }
}
