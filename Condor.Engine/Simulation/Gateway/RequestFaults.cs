using System.Collections.Concurrent;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>The scenario's <see cref="RequestError"/>s: counts requests by TWS name and says which get an error instead.</summary>
internal sealed class RequestFaults
{
    private readonly IReadOnlyList<RequestError> _errors;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    public RequestFaults(SimulationScenario scenario) => _errors = scenario.RequestErrors;

    /// <summary>Counts one request named <paramref name="request"/>; the error to answer with, if any.</summary>
    public RequestError? Next(string request)
    {
        var count = _counts.AddOrUpdate(request, 1, (_, n) => n + 1);
        return _errors.FirstOrDefault(e =>
            string.Equals(e.Request, request, StringComparison.OrdinalIgnoreCase) && (e.Occurrence is null || e.Occurrence == count));
    }

    /// <summary>IB's usual text for a code, when the scenario gives none.</summary>
    public static string DefaultMessage(int code) => code switch
    {
        162 => "Historical Market Data Service error message:API scanner subscription cancelled",
        200 => "No security definition has been found for the request",
        201 => "Order rejected - reason:simulated rejection",
        202 => "Order Canceled - reason:",
        354 => "Requested market data is not subscribed.",
        10090 => "Part of requested market data is not subscribed. Subscription-independent ticks are still active.",
        10147 => "OrderId that needs to be cancelled is not found.",
        10197 => "No market data during competing live session",
        1100 => "Connectivity between IB and Trader Workstation has been lost.",
        1102 => "Connectivity between IB and Trader Workstation has been restored - data maintained.",
        _ => "Simulated error",
    };
}
