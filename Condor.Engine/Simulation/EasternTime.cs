using Condor.Engine.Market;

namespace Condor.Engine.Simulation;

/// <summary>
/// The market model's session constants (regular session 09:30–16:00 ET); conversions are the Market
/// module's <see cref="ExchangeTime"/>.
/// </summary>
internal static class EasternTime
{
    public static readonly TimeOnly Open = new(9, 30);
    public static readonly TimeOnly Close = new(16, 0);

    /// <summary>Length of the regular session in seconds (6.5 h).</summary>
    public const int SessionSeconds = 23_400;

    public static TimeZoneInfo Zone => ExchangeTime.NewYork;

    /// <summary>The instant of an exchange-local wall time on a date.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => ExchangeTime.AtNewYork(date, time);

    /// <summary>The exchange-local wall time of an instant.</summary>
    public static DateTimeOffset ToEastern(DateTimeOffset instant) => ExchangeTime.ToNewYork(instant);

    /// <summary>The exchange-local date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => ExchangeTime.SessionDateOf(instant);
}
