namespace Condor.Engine.Journal;

/// <summary>One leg execution as recorded, with its commission (null until reported) and its order's role (null: external).</summary>
internal sealed record FillFact(
    long LegId, ExecutionSide Side, int Quantity, decimal Price, DateTimeOffset ExecutedUtc, decimal? Commission, OrderRole? Role);
