using System.ComponentModel.DataAnnotations;
using Condor.Engine.Configuration;
using Condor.Web.Security;

namespace Condor.Web.Configuration;

/// <summary>
/// The web app, section <c>Condor:Web</c>. With no <see cref="PasswordHash"/> the app is open but may
/// listen on loopback only. Secrets can come from environment variables (<c>Condor__Web__PasswordHash</c>).
/// </summary>
public sealed class WebOptions
{
    public const string Section = "Condor:Web";

    /// <summary>Output of <c>dotnet run --project Condor.Web -- hash-password</c>; empty = no login (loopback only).</summary>
    [Secret]
    [PasswordHashFormat]
    public string? PasswordHash { get; set; }

    /// <summary>Bearer token for automation on <c>/api/*</c>; empty = no token accepted.</summary>
    [Secret]
    [ApiTokenFormat]
    public string? ApiToken { get; set; }

    /// <summary>Login attempts allowed per client address per minute before answering 429.</summary>
    [Range(1, 100)]
    public int LoginAttemptsPerMinute { get; set; } = 5;

    /// <summary>Login attempts allowed per minute from all addresses together before answering 429 (at most a minute).</summary>
    [Range(1, 1000)]
    public int LoginAttemptsPerMinuteTotal { get; set; } = 20;

    /// <summary>
    /// Reverse proxies (IP addresses or CIDR networks such as <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> headers are trusted; empty = no forwarded header is trusted.
    /// </summary>
    [ProxyAddresses]
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>How long a login lasts without activity.</summary>
    [Range(1, 720)]
    public int SessionHours { get; set; } = 12;

    public bool PasswordRequired => !string.IsNullOrWhiteSpace(PasswordHash);
}
