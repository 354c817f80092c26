using Condor.Engine.Tws.Mapping;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>Time texts as the simulated gateway writes and reads them, through the one IB time parser; its local zone is New York.</summary>
internal static class GatewayTime
{
    public static string Format(DateTimeOffset instant) => IbTime.Format(instant);

    public static string Date(DateOnly date) => IbTime.FormatDate(date);

    public static DateOnly? ParseDate(string text) => IbTime.ParseDate(text);

    /// <summary>
    /// Reads goodAfterTime as TWS does (<see cref="IbTime.Parse"/>); a time without a zone is the gateway's
    /// local time: the zone the gateway was logged in with (<paramref name="localZone"/>; New York when not given).
    /// Anything else is null (the order is rejected).
    /// </summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo? localZone = null) =>
        IbTime.Parse(text, localZone ?? EasternTime.Zone);
}
