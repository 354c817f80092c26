namespace Condor.Engine.Simulation;

/// <summary>
/// A fault on placed orders: those of <see cref="OrderType"/> (LMT, MKT, STP; null = any), only the n-th such
/// placement when <see cref="Occurrence"/> is set (1-based). <see cref="After"/> delays a broker cancel.
/// </summary>
internal sealed record OrderFault(OrderFaultKind Kind, string? OrderType = null, int? Occurrence = null, TimeSpan? After = null);
