namespace Condor.Engine.Market;

/// <summary>Unscheduled full-day NYSE closures since 2000 that no rule predicts.</summary>
internal static class HistoricalClosures
{
    public static IReadOnlyDictionary<DateOnly, string> All { get; } = new Dictionary<DateOnly, string>
    {
        [new DateOnly(2001, 9, 11)] = "September 11 attacks",
        [new DateOnly(2001, 9, 12)] = "September 11 attacks",
        [new DateOnly(2001, 9, 13)] = "September 11 attacks",
        [new DateOnly(2001, 9, 14)] = "September 11 attacks",
        [new DateOnly(2004, 6, 11)] = "National Day of Mourning (Ronald Reagan)",
        [new DateOnly(2007, 1, 2)] = "National Day of Mourning (Gerald Ford)",
        [new DateOnly(2012, 10, 29)] = "Hurricane Sandy",
        [new DateOnly(2012, 10, 30)] = "Hurricane Sandy",
        [new DateOnly(2018, 12, 5)] = "National Day of Mourning (George H. W. Bush)",
        [new DateOnly(2025, 1, 9)] = "National Day of Mourning (Jimmy Carter)",
    };
}
