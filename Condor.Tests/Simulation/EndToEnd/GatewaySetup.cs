using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>How a contract test wants its gateway: start time of day (ET), market seed and the faults to inject.</summary>
/// <param name="Start">Eastern time of day the session's clock starts at.</param>
/// <param name="Seed">Seed of the market path (a simulator's; a real gateway ignores it).</param>
/// <param name="Scenario">Faults to inject (a simulator's; a real gateway cannot run the fault tests).</param>
internal sealed record GatewaySetup(TimeOnly Start, ulong Seed = 42, SimulationScenario? Scenario = null)
{
    public static GatewaySetup At(int hour, int minute, ulong seed = 42, SimulationScenario? scenario = null) =>
        new(new TimeOnly(hour, minute), seed, scenario);
}
