using Condor.Engine.Configuration;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>The broker connection changed state.</summary>
internal sealed record ConnectionChanged(TradingMode Mode, DateTimeOffset At, ConnectionState State, string Detail) : EngineEvent(Mode, At);
