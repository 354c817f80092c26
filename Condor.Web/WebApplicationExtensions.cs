using Condor.Web.Apis;
using Condor.Web.Components;
using Condor.Web.Hubs;

namespace Condor.Web;

/// <summary>The request pipeline and the endpoint map.</summary>
internal static class WebApplicationExtensions
{
    public static WebApplication UseCondorWeb(this WebApplication app)
    {
        // First: the client address and scheme seen by everything after (rate limit, Secure cookies) come from
        // X-Forwarded-* only when the request comes from a Condor:Web:KnownProxies address.
        app.UseForwardedHeaders();
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
        app.UseAntiforgery();

        app.MapHealthApi();
        app.MapAuthApi();
        app.MapStatusApi();
        app.MapControlApi();
        app.MapHub<EngineHub>(EngineHub.Path);
        // Blazor's script and MudBlazor's files (static web assets from their packages): open, like every static file.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
