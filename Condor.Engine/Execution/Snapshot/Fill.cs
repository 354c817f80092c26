using Condor.Engine.Configuration;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>One of our orders filled (in part or in full) at <paramref name="Price"/> (a positive credit/debit).</summary>
internal sealed record Fill(TradingMode Mode, DateTimeOffset At, string OrderRef, OrderRole Role, decimal Quantity, decimal Price)
    : EngineEvent(Mode, At);
