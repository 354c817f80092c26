using System.ComponentModel.DataAnnotations;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// The built-in gateway simulator in <c>Condor:Mode = Simulated</c>, section <c>Condor:Simulator</c>. Its clock is
/// the app's rehearsal clock (<c>Condor:Clock</c>).
/// </summary>
public sealed class SimulatorHostOptions : IValidatableObject
{
    public const string Section = "Condor:Simulator";

    /// <summary>Loopback port; 0 = an ephemeral port (logged), so a busy 4002 never stops the app.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>Seed of the market path and fills: same seed, same orders → same day.</summary>
    [Range(0L, long.MaxValue)]
    public long Seed { get; set; } = 1;

    /// <summary>
    /// True: no built-in simulator; Condor connects to <c>Condor:Broker:Host</c>/<c>Port</c>, where a <c>simulate</c>
    /// process runs on the same <c>Condor:Clock</c> anchor (so simulated orders survive a restart of Condor).
    /// </summary>
    public bool External { get; set; }

    /// <summary>Optional scenario JSON file (faults); empty = a normal day.</summary>
    public string? Scenario { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Scenario))
        {
            yield break;
        }

        string? problem = null;
        try
        {
            ScenarioJson.Deserialize(File.ReadAllText(Scenario));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or ArgumentException)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult($"is not a readable scenario file: {problem}", [nameof(Scenario)]);
        }
    }

    /// <summary>The scenario the file describes, or none.</summary>
    internal SimulationScenario? LoadScenario() =>
        string.IsNullOrWhiteSpace(Scenario) ? null : ScenarioJson.Deserialize(File.ReadAllText(Scenario));
}
