namespace Condor.Web.Dashboard;

/// <summary>The dashboard's snapshot sources (one per kind of snapshot; pages subscribe through <see cref="ISnapshotSource{T}"/>).</summary>
internal static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton(RenderPacing.Default);
        services.AddSingleton<DashboardSnapshotSource>();
        services.AddSingleton<ISnapshotSource<DashboardSnapshot>>(sp => sp.GetRequiredService<DashboardSnapshotSource>());
        services.AddHostedService(sp => sp.GetRequiredService<DashboardSnapshotSource>());
        return services;
    }
}
