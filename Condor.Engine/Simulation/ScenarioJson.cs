using System.Text.Json;
using System.Text.Json.Serialization;

namespace Condor.Engine.Simulation;

/// <summary>
/// The scenario file format of the standalone simulator: camelCase JSON, enums as names, times as ISO 8601,
/// durations as "hh:mm:ss". Unknown properties are errors, so a misspelt fault is not silently ignored.
/// </summary>
internal static class ScenarioJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(SimulationScenario scenario) => JsonSerializer.Serialize(scenario, Options);

    /// <exception cref="JsonException">Malformed JSON or an unknown property.</exception>
    /// <exception cref="ArgumentException">A value out of range (the message names it).</exception>
    public static SimulationScenario Deserialize(string json)
    {
        var scenario = JsonSerializer.Deserialize<SimulationScenario>(json, Options)
            ?? throw new JsonException("A scenario file must contain a JSON object, not null.");
        scenario.Validate();
        return scenario;
    }
}
