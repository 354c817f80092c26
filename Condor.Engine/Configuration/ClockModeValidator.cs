using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// Only <c>Simulated</c> runs on the rehearsal clock: in <c>Live</c>, <c>Paper</c> and <c>Experiment</c> IB keeps
/// real time (a virtual 11:30 goodAfterTime sent to a real gateway could already be past and fire at once), so a
/// <c>Condor:Clock</c> key there stops the start, named. Keys the clock section replaced are refused with their
/// new name.
/// </summary>
internal sealed class ClockModeValidator(IOptions<CondorOptions> condor, IConfiguration configuration) : IValidateOptions<ClockOptions>
{
    /// <summary>Old key → the key that replaced it.</summary>
    private static readonly (string Old, string New)[] Replaced =
    [
        ("Condor:Simulator:Speed", $"{ClockOptions.Section}:{nameof(ClockOptions.Speed)}"),
        ("Condor:Simulator:Start", $"{ClockOptions.Section}:{nameof(ClockOptions.Start)}"),
    ];

    public ValidateOptionsResult Validate(string? name, ClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Replaced
            .Where(r => configuration[r.Old] is not null)
            .Select(r => $"{r.Old}: replaced by {r.New} (Simulated mode only); move the value there")
            .ToList();
        var mode = condor.Value.Mode;
        if (mode != TradingMode.Simulated)
        {
            failures.AddRange(options.SetKeys().Select(key =>
                $"{key}: only Condor:Mode = Simulated runs on the rehearsal clock; {mode} runs on the real clock (IB keeps real time). Remove the key."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
