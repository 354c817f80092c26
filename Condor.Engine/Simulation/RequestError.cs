namespace Condor.Engine.Simulation;

/// <summary>
/// Answer requests of one type (the TWS request name, e.g. "reqContractDetails", "placeOrder") with an IB error code
/// instead of data; <see cref="Occurrence"/> limits it to the n-th such request (1-based), null = every one.
/// </summary>
internal sealed record RequestError(string Request, int Code, string? Message = null, int? Occurrence = null);
