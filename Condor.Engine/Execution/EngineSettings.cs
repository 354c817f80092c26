using Condor.Engine.Configuration;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;

namespace Condor.Engine.Execution;

/// <summary>The options one engine instance runs with (validated at start-up by the options system).</summary>
/// <param name="Condor">Condor (the mode).</param>
/// <param name="Strategy">Condor:Strategy.</param>
/// <param name="Schedule">Condor:Schedule.</param>
/// <param name="Broker">Condor:Broker (account, AllowEmptyWhatIfInPaper).</param>
/// <param name="Safety">Condor:Safety (the kill switch's closing chase); null: the defaults.</param>
internal sealed record EngineSettings(CondorOptions Condor, StrategyOptions Strategy, ScheduleOptions Schedule, BrokerOptions Broker, Safety.SafetyOptions? Safety = null)
{
    public TradingMode Mode => Condor.Mode;
}
