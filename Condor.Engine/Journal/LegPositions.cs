namespace Condor.Engine.Journal;

/// <summary>Facts about a <see cref="LegPosition"/>: which side opens it and its option right.</summary>
internal static class LegPositions
{
    public static IReadOnlyList<LegPosition> All { get; } =
        [LegPosition.LongPut, LegPosition.ShortPut, LegPosition.ShortCall, LegPosition.LongCall];

    public static bool IsShort(this LegPosition position) =>
        position is LegPosition.ShortPut or LegPosition.ShortCall;

    /// <summary>"P" or "C".</summary>
    public static string Right(this LegPosition position) =>
        position is LegPosition.LongPut or LegPosition.ShortPut ? "P" : "C";

    /// <summary>The execution side that opens this leg (shorts are sold to open, longs bought).</summary>
    public static ExecutionSide OpeningSide(this LegPosition position) =>
        position.IsShort() ? ExecutionSide.Sold : ExecutionSide.Bought;
}
