using System.Globalization;

namespace Condor.Engine.Market;

/// <summary>Today's 0DTE expiry is the session date itself; never "the next expiry".</summary>
internal static class ZeroDteExpiry
{
    /// <summary>The expiry as IB writes it (secDefOptParams, lastTradeDateOrContractMonth): yyyyMMdd.</summary>
    public static string Format(DateOnly sessionDate) =>
        sessionDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Whether the chain's expirations (yyyyMMdd strings) list the session date; blanks are ignored.</summary>
    public static bool IsListed(IEnumerable<string> chainExpirations, DateOnly sessionDate)
    {
        ArgumentNullException.ThrowIfNull(chainExpirations);
        var wanted = Format(sessionDate);
        return chainExpirations.Any(e => string.Equals(e?.Trim(), wanted, StringComparison.Ordinal));
    }
}
