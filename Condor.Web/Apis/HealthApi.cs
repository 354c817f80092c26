using Condor.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Web.Apis;

/// <summary><c>/health</c>: open to anyone, so it says only whether the app is up and its mode.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (IOptions<CondorOptions> condor) =>
            TypedResults.Ok(new HealthResponse("ok", condor.Value.Mode.ToString()))).AllowAnonymous();
        return app;
    }

    internal sealed record HealthResponse(string Status, string Mode);
}
