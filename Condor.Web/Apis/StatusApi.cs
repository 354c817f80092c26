using Condor.Engine.Configuration;
using Condor.Engine.Tws.Client;
using Microsoft.Extensions.Options;

namespace Condor.Web.Apis;

/// <summary><c>/api/status</c>: the owner's (or an automation's, with the API token) view of the app.</summary>
internal static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", (IOptions<CondorOptions> condor, TimeProvider time, ProcessClock clock, TwsClient broker) =>
            TypedResults.Ok(new StatusResponse(
                condor.Value.Mode.ToString(),
                time.GetUtcNow(),
                clock.Anchor is { } anchor ? new RehearsalStatus(anchor.Start, anchor.Speed, anchor.StartedAtUtc) : null,
                broker.State.ToString(),
                broker.Handshake?.ServerVersion)));
        return app;
    }

    /// <summary>
    /// Mode; the process's one clock (<see cref="ServerTimeUtc"/>: virtual time in Simulated mode, whose anchor is
    /// <see cref="Rehearsal"/>, null on the real clock); and the TWS connection (state, server version once connected).
    /// </summary>
    internal sealed record StatusResponse(string Mode, DateTimeOffset ServerTimeUtc, RehearsalStatus? Rehearsal, string Broker, int? BrokerServerVersion);

    /// <summary>The rehearsal clock's anchor: the values to give an external <c>simulate</c> (or a restart) to share it.</summary>
    internal sealed record RehearsalStatus(DateTimeOffset Start, double Speed, DateTimeOffset StartedAtUtc);
}
