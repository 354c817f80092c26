namespace Condor.Engine.Journal;

/// <summary>TWS text of execution sides: "BOT" and "SLD".</summary>
internal static class ExecutionSides
{
    public static string ToWire(this ExecutionSide side) => side == ExecutionSide.Bought ? "BOT" : "SLD";

    public static ExecutionSide Parse(string text) => text switch
    {
        "BOT" => ExecutionSide.Bought,
        "SLD" => ExecutionSide.Sold,
        _ => throw new FormatException($"Unknown execution side '{text}'."),
    };
}
