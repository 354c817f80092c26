namespace Condor.Engine.Market;

/// <summary>
/// One exchange session. Times are New York wall-clock; the instants carry New York offsets (compare them
/// or convert with <see cref="ExchangeTime.ToZone"/>). <see cref="Close"/> is the stock market's close; expiring
/// PM-settled SPXW/XSP series (our 0DTE legs) settle on the index close and stop trading then too.
/// <see cref="OptionsClose"/> is the close of the SPX/XSP index-options session for non-expiring series:
/// 16:15 ET on a full day, 13:15 ET on an early-close day.
/// </summary>
internal sealed record TradingSession
{
    public static readonly TimeOnly RegularOpen = new(9, 30);
    public static readonly TimeOnly RegularClose = new(16, 0);
    public static readonly TimeOnly RegularOptionsClose = new(16, 15);
    public static readonly TimeOnly EarlyStockClose = new(13, 0);
    public static readonly TimeOnly EarlyOptionsClose = new(13, 15);

    public TradingSession(DateOnly date, bool isEarlyClose)
    {
        Date = date;
        IsEarlyClose = isEarlyClose;
        OpenEt = RegularOpen;
        CloseEt = isEarlyClose ? EarlyStockClose : RegularClose;
        OptionsCloseEt = isEarlyClose ? EarlyOptionsClose : RegularOptionsClose;
    }

    public DateOnly Date { get; }

    public bool IsEarlyClose { get; }

    public TimeOnly OpenEt { get; }

    /// <summary>The stock market's close (13:00 ET on an early-close day); expiring 0DTE series stop trading then.</summary>
    public TimeOnly CloseEt { get; }

    public TimeOnly OptionsCloseEt { get; }

    public DateTimeOffset Open => ExchangeTime.AtNewYork(Date, OpenEt);

    public DateTimeOffset Close => ExchangeTime.AtNewYork(Date, CloseEt);

    public DateTimeOffset OptionsClose => ExchangeTime.AtNewYork(Date, OptionsCloseEt);

    /// <summary>The instant of a New York time on this session's date.</summary>
    public DateTimeOffset At(TimeOnly newYorkTime) => ExchangeTime.AtNewYork(Date, newYorkTime);
}
