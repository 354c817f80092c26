using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// Only <c>Simulated</c> runs on the rehearsal clock: in <c>Live</c>, <c>Paper</c> and <c>Experiment</c> IB keeps
/// real time (a virtual 11:30 goodAfterTime sent to a real gateway could already be past and fire at once), so a
/// <c>Condor:Clock</c> key there stops the start, named. (Keys the clock section replaced are refused with their
/// new name by <see cref="ConfigurationKeysValidator"/>, see <see cref="ReplacedKeys"/>.)
/// </summary>
internal sealed class ClockModeValidator(IOptions<CondorOptions> condor) : IValidateOptions<ClockOptions>
{
    public ValidateOptionsResult Validate(string? name, ClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var mode = condor.Value.Mode;
        var failures = mode == TradingMode.Simulated ? [] : options.SetKeys().Select(key =>
            $"{key}: only Condor:Mode = Simulated runs on the rehearsal clock; {mode} runs on the real clock (IB keeps real time). Remove the key.").ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
