using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Simulation;

/// <summary>Identifies one option contract in the simulated account.</summary>
internal readonly record struct OptionKey(Underlying Underlying, DateOnly Expiry, decimal Strike, OptionRight Right);
