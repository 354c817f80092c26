namespace Condor.Engine.Broker;

/// <summary>
/// IB's model computation for an option (tickOptionComputation, tick 13 or delayed 83). Each value is null when
/// IB did not compute it (its -1/-2 sentinels, the unset maximum, NaN or infinity).
/// </summary>
internal sealed record ModelGreeks(
    double? ImpliedVolatility,
    double? Delta,
    double? Gamma,
    double? Vega,
    double? Theta,
    double? OptionPrice,
    double? UnderlyingPrice);
