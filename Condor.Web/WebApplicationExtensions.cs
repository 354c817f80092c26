using Condor.Web.Apis;
using Condor.Web.Components;
using Condor.Web.Hubs;

namespace Condor.Web;

/// <summary>The request pipeline and the endpoint map.</summary>
internal static class WebApplicationExtensions
{
    public static WebApplication UseCondorWeb(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapHealthApi();
        app.MapAuthApi();
        app.MapStatusApi();
        app.MapHub<EngineHub>(EngineHub.Path);
        // Blazor's script and MudBlazor's files (static web assets from their packages): open, like every static file.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
