using System.Globalization;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// The server version a TWS answers to a client's hello: the highest version both sides speak, i.e.
/// min(client max, server max), provided it is not below either side's minimum; otherwise none (TWS then drops
/// the socket without a reply). The hello is <c>v&lt;min&gt;..&lt;max&gt;</c> or a single <c>v&lt;n&gt;</c>
/// (IB's EClient writes <c>"v" + MIN_CLIENT_VER + ".." + MAX_CLIENT_VER</c>, or one version when both are equal).
/// </summary>
internal static class ServerVersionNegotiation
{
    public static int? Choose(string versionRange, int serverMin, int serverMax)
    {
        if (Parse(versionRange) is not var (clientMin, clientMax) || clientMin > clientMax)
        {
            return null;
        }

        var chosen = Math.Min(clientMax, serverMax);
        return chosen >= Math.Max(clientMin, serverMin) ? chosen : null;
    }

    private static (int Min, int Max)? Parse(string text)
    {
        if (!text.StartsWith('v'))
        {
            return null;
        }

        var body = text.AsSpan(1);
        var dots = body.IndexOf("..", StringComparison.Ordinal);
        var min = dots < 0 ? body : body[..dots];
        var max = dots < 0 ? body : body[(dots + 2)..];
        return int.TryParse(min, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                ? (a, b)
                : null;
    }
}
