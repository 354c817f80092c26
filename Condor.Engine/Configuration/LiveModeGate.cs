using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// <c>Condor:Mode = Live</c> refuses to start for now: real money needs the start-up reconciliation with the broker
/// (open orders, executions and positions matched by orderRef before anything is sent, issue 13 "safety"), and that
/// is not in yet. Paper, Experiment and Simulated start. Remove this validator when the reconciliation lands.
/// </summary>
internal sealed class LiveModeGate : IValidateOptions<CondorOptions>
{
    public ValidateOptionsResult Validate(string? name, CondorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Mode != TradingMode.Live
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{CondorOptions.Section}:{nameof(CondorOptions.Mode)} (value 'Live'): Live trading is not available yet: it needs the start-up " +
                "reconciliation with the broker (open orders, executions and positions matched before any order is sent), which this " +
                "version does not have. Use Paper (an IB paper account), Experiment or Simulated; run 'doctor' against your gateway first.");
    }
}
