using Condor.Engine.Configuration;
using Condor.Engine.Tws.Client;
using Microsoft.Extensions.Options;

namespace Condor.Web.Apis;

/// <summary><c>/api/status</c>: the owner's (or an automation's, with the API token) view of the app.</summary>
internal static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", (IOptions<CondorOptions> condor, TimeProvider time, TwsClient broker) =>
            TypedResults.Ok(new StatusResponse(
                condor.Value.Mode.ToString(), time.GetUtcNow(), broker.State.ToString(), broker.Handshake?.ServerVersion)));
        return app;
    }

    /// <summary>Mode, clock, and the TWS connection (state, server version once connected).</summary>
    internal sealed record StatusResponse(string Mode, DateTimeOffset ServerTimeUtc, string Broker, int? BrokerServerVersion);
}
