namespace Condor.Engine.Journal;

/// <summary>A leg execution joined with its commission and its order's role, as stored.</summary>
internal sealed class FillRow
{
    public long LegId { get; set; }

    public string Side { get; set; } = "";

    public int Quantity { get; set; }

    public string Price { get; set; } = "";

    public string ExecUtc { get; set; } = "";

    public string? Commission { get; set; }

    public string? Role { get; set; }
}
