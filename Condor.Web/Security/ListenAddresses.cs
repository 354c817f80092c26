using System.Net;
using Microsoft.AspNetCore.Http;

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

    /// <summary>
    /// Whether Kestrel, given <paramref name="address"/>, would listen on loopback only. This follows Kestrel's own
    /// rule instead of reading the host leniently: the host must be <c>localhost</c> or parse as an IP address
    /// exactly as written; anything else (<c>[127.0.0.1]</c>, <c>[::1]x</c>, a host name, <c>*</c>, <c>+</c>) makes
    /// Kestrel bind every interface, so it is not loopback. Unix sockets and named pipes count as not loopback.
    /// </summary>
    public static bool IsLoopback(string address)
    {
        BindingAddress parsed;
        try
        {
            parsed = BindingAddress.Parse(address.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        if (parsed.IsUnixPipe || parsed.IsNamedPipe)
        {
            return false;
        }

        return parsed.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(parsed.Host, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>Literal loopback IP hosts among the configured addresses (as a browser writes them in Host).</summary>
    public static IEnumerable<string> LoopbackIpHosts(IConfiguration configuration) =>
        Configured(configuration)
            .Where(a => IsLoopback(a.Address))
            .Select(a => BindingAddress.Parse(a.Address.Trim()).Host)
            .Where(host => IPAddress.TryParse(host, out _));
}
