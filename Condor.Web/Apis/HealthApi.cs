using Condor.Engine.Configuration;
using Condor.Engine.Journal;
using Microsoft.Extensions.Options;

namespace Condor.Web.Apis;

/// <summary>
/// <c>/health</c>: open to anyone, so it says only whether the app is up, its mode, and — as 503 — that it cannot
/// journal (the data folder cannot be written; which folder is not said).
/// </summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (IOptions<CondorOptions> condor, IOptions<JournalOptions> journal) =>
        {
            var mode = condor.Value.Mode.ToString();
            return DataDirectoryValidator.WhyNotWritable(condor.Value, journal.Value) is null
                ? TypedResults.Json(new HealthResponse("ok", mode, null))
                : TypedResults.Json(new HealthResponse("unavailable", mode, "the journal cannot be written"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
        return app;
    }

    internal sealed record HealthResponse(string Status, string Mode, string? Problem);
}
