namespace Condor.Engine.Simulation;

/// <summary>
/// A Black–Scholes value per share: price, delta, gamma, vega per 1 volatility point (0.01) and theta per
/// session-day (1/252 of a volatility year), the units IB's option computations use.
/// </summary>
internal readonly record struct OptionValuation(double Price, double Delta, double Gamma, double Vega, double Theta);
