using System.Net;

namespace Condor.Web.Security;

/// <summary>Reads the addresses the app was asked to listen on and tells which are not loopback.</summary>
internal static class ListenAddresses
{
    /// <summary>Every configured listen address with the configuration key it came from.</summary>
    public static IEnumerable<(string Key, string Address)> Configured(IConfiguration configuration)
    {
        foreach (var key in new[] { "urls", "http_ports", "https_ports" })
        {
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // A bare port binds every interface.
                yield return (key, key == "urls" ? part : $"http://*:{part}");
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return ($"Kestrel:Endpoints:{endpoint.Key}:Url", url);
            }
        }
    }

    public static bool IsLoopback(string address)
    {
        var host = HostOf(address);
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    internal static string HostOf(string address)
    {
        var rest = address;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest[(scheme + 3)..];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rest = rest[..slash];
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? rest[1..close] : rest;
        }

        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
