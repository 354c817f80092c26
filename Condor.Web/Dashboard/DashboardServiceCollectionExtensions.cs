using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Microsoft.Extensions.Options;

namespace Condor.Web.Dashboard;

/// <summary>The dashboard's snapshot sources (one per kind of snapshot; pages subscribe through <see cref="ISnapshotSource{T}"/>).</summary>
internal static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton(RenderPacing.Default);
        // The engine is resolved when first read (after start-up opened the journal it needs), not when the hosted services are built.
        services.AddSingleton(sp => new DashboardSnapshotSource(
            sp.GetRequiredService<IOptions<CondorOptions>>(), sp.GetRequiredService<IOptions<StrategyOptions>>(),
            sp.GetRequiredService<IOptions<ScheduleOptions>>(), sp.GetRequiredService<ExchangeCalendar>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<RenderPacing>(),
            () => sp.GetRequiredService<TradingEngine>().Snapshot, () => sp.GetRequiredService<TradingEngine>().Events));
        services.AddSingleton<ISnapshotSource<DashboardSnapshot>>(sp => sp.GetRequiredService<DashboardSnapshotSource>());
        services.AddHostedService(sp => sp.GetRequiredService<DashboardSnapshotSource>());
        return services;
    }
}
