using Microsoft.AspNetCore.SignalR;

namespace Condor.Web.Hubs;

/// <summary>
/// Pushes engine events to browsers (server → client only; commands go through forms and the API).
/// Protected by the owner-only fallback policy like every other endpoint.
/// </summary>
internal sealed class EngineHub : Hub
{
    public const string Path = "/hubs/engine";
}
