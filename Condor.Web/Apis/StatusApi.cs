using Condor.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Web.Apis;

/// <summary><c>/api/status</c>: the owner's (or an automation's, with the API token) view of the app.</summary>
internal static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", (IOptions<CondorOptions> condor, TimeProvider time) =>
            TypedResults.Ok(new StatusResponse(condor.Value.Mode.ToString(), time.GetUtcNow())));
        return app;
    }

    internal sealed record StatusResponse(string Mode, DateTimeOffset ServerTimeUtc);
}
