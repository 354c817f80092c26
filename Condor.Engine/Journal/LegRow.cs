namespace Condor.Engine.Journal;

/// <summary>A <c>legs</c> row as stored.</summary>
internal sealed class LegRow
{
    public long Id { get; set; }

    public long TradeId { get; set; }

    public string Position { get; set; } = "";

    public string OptionRight { get; set; } = "";

    public string Strike { get; set; } = "";

    public int ConId { get; set; }

    public double? EntryDelta { get; set; }

    public double? EntryIv { get; set; }

    public string? EntryMid { get; set; }

    public string? OpenPrice { get; set; }

    public string? ClosePrice { get; set; }

    public string? Commission { get; set; }
}
