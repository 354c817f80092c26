using Condor.Engine.Configuration;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>
/// Something the engine did or saw, on its in-process stream (<see cref="EngineEvents"/>): the web app and the
/// notifications subscribe. Every event carries the mode and the engine's clock.
/// </summary>
/// <param name="Mode">The engine's trading mode.</param>
/// <param name="At">When (the engine's clock).</param>
internal abstract record EngineEvent(TradingMode Mode, DateTimeOffset At);
