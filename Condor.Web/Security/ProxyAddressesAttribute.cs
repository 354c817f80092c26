using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Condor.Web.Security;

/// <summary>Every entry is an IP address (<c>127.0.0.1</c>, <c>::1</c>) or a CIDR network (<c>10.0.0.0/8</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProxyAddressesAttribute : ValidationAttribute
{
    public ProxyAddressesAttribute()
        : base("must list IP addresses (127.0.0.1, ::1) or CIDR networks (10.0.0.0/8) of trusted reverse proxies")
    {
    }

    public override bool IsValid(object? value) =>
        value is not IEnumerable<string> entries || entries.All(e => TryParse(e, out _, out _));

    internal static bool TryParse(string entry, out IPAddress? address, out IPNetwork? network)
    {
        (address, network) = (null, null);
        var text = entry?.Trim() ?? "";
        if (text.Contains('/', StringComparison.Ordinal))
        {
            var ok = IPNetwork.TryParse(text, out var parsed);
            network = ok ? parsed : null;
            return ok;
        }

        return IPAddress.TryParse(text, out address);
    }
}
