namespace Condor.Engine.Simulation;

/// <summary>What IB's model option computation carries (tickOptionComputation): IV, greeks, model price, underlying.</summary>
internal sealed record OptionGreeks(
    double ImpliedVolatility,
    double Delta,
    double Gamma,
    double Vega,
    double Theta,
    double ModelPrice,
    double UnderlyingPrice);
