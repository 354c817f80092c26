using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Experiment;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Notifications;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Condor.Engine;

/// <summary>Composition of the engine: every engine feature registers itself here.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddCondorEngine(this IServiceCollection services)
    {
        services.AddValidatedOptions<CondorOptions>(CondorOptions.Section);
        services.AddValidatedOptions<StrategyOptions>(StrategyOptions.Section);
        services.AddValidatedOptions<BrokerOptions>(BrokerOptions.Section);
        services.AddValidatedOptions<ScheduleOptions>(ScheduleOptions.Section);
        services.AddValidatedOptions<NotificationsOptions>(NotificationsOptions.Section);
        services.AddValidatedOptions<JournalOptions>(JournalOptions.Section);
        services.AddSingleton<IValidateOptions<CondorOptions>, ConfigurationKeysValidator>();
        services.AddSingleton<IValidateOptions<CondorOptions>, DataDirectoryValidator>();
        services.AddSingleton<IValidateOptions<CondorOptions>, LiveModeGate>();
        services.AddValidatedOptions<ClockOptions>(ClockOptions.Section);
        services.AddValidatedOptions<Execution.Safety.SafetyOptions>(Execution.Safety.SafetyOptions.Section);
        services.AddSingleton<IValidateOptions<ClockOptions>, ClockModeValidator>();
        services.AddSingleton<ProcessClock>();
        services.AddSingleton(sp => sp.GetRequiredService<ProcessClock>().Time);
        services.AddSingleton(sp => new ExchangeCalendar(
            sp.GetRequiredService<IOptions<ScheduleOptions>>().Value.ExtraClosureDates()));
        services.AddSingleton<DataFolderLock>();
        services.AddSingleton<JournalStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<JournalStartup>());
        services.AddSingleton(sp => sp.GetRequiredService<JournalStartup>().Journal);
        services.AddTwsClient();
        services.AddExperimentGateway();
        services.AddSingleton(sp => new TradingEngine(
            sp.GetRequiredService<Broker.IBrokerGateway>(),
            sp.GetRequiredService<IJournal>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ExchangeCalendar>(),
            new EngineSettings(
                sp.GetRequiredService<IOptions<CondorOptions>>().Value,
                sp.GetRequiredService<IOptions<StrategyOptions>>().Value,
                sp.GetRequiredService<IOptions<ScheduleOptions>>().Value,
                sp.GetRequiredService<IOptions<BrokerOptions>>().Value,
                sp.GetRequiredService<IOptions<Execution.Safety.SafetyOptions>>().Value),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<TradingEngine>>()));
        services.AddNotifications();
        services.AddHostedService<EngineHostedService>();
        return services;
    }
}
