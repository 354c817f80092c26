namespace Condor.Engine.Market;

/// <summary>What kind of day a date is on the exchange calendar.</summary>
internal enum DayKind
{
    /// <summary>A full session: 09:30–16:00 ET.</summary>
    Regular,

    /// <summary>A shortened session: stocks close 13:00 ET, SPX/XSP options 13:15 ET.</summary>
    EarlyClose,

    /// <summary>A weekday without a session (rule holiday, historical or configured closure).</summary>
    Holiday,

    /// <summary>Saturday or Sunday.</summary>
    Weekend,
}
