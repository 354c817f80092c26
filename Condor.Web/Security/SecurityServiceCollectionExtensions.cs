using Condor.Web.Configuration;
using Condor.Engine.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Condor.Web.Security;

/// <summary>
/// Login cookie (checked against the session stamp on every request), API token, the owner-only fallback policy,
/// login throttle, open-access guards (configured and bound addresses, loopback Host names), trusted proxies.
/// </summary>
internal static class SecurityServiceCollectionExtensions
{
    private const string SelectScheme = "Condor";

    public static IServiceCollection AddCondorSecurity(this IServiceCollection services)
    {
        services.AddValidatedOptions<WebOptions>(WebOptions.Section);
        services.AddSingleton<IValidateOptions<WebOptions>, OpenAccessValidator>();
        services.AddHostedService<BoundAddressGuard>();
        services.AddSingleton<SessionStamp>();
        services.AddSingleton(sp => new LoginThrottle(sp.GetRequiredService<IOptionsMonitor<WebOptions>>(), TimeProvider.System));

        services.AddAuthentication(SelectScheme)
            .AddPolicyScheme(SelectScheme, "cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "condor.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request is HTTPS, including behind a trusted TLS proxy (X-Forwarded-Proto).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/login";
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ValidateSessionAsync;
                o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        // The owner's sessions live in real time: ASP.NET's authentication otherwise takes the DI TimeProvider, which
        // in Simulated mode is the rehearsal clock (at speed 60 a 12-hour session would last 12 minutes).
        services.ConfigureAll<CookieAuthenticationOptions>(o => o.TimeProvider = TimeProvider.System);
        services.ConfigureAll<AuthenticationSchemeOptions>(o => o.TimeProvider = TimeProvider.System);

        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) => cookie.ExpireTimeSpan = TimeSpan.FromHours(web.Value.SessionHours));

        services.AddSingleton<IAuthorizationHandler, OwnerAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new OwnerRequirement()).Build());

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>(TrustConfiguredProxies);
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<WebOptions>, IConfiguration>(LoopbackHostsWhenOpen);

        services.AddAntiforgery(o => o.Cookie.Name = "condor.af");
        return services;
    }

    /// <summary>Forwarded headers only from <c>Condor:Web:KnownProxies</c> (none trusted by default, not even loopback).</summary>
    private static void TrustConfiguredProxies(ForwardedHeadersOptions forwarded, IOptions<WebOptions> web)
    {
        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        forwarded.ForwardedHeaders = ForwardedHeaders.None;
        foreach (var entry in web.Value.KnownProxies)
        {
            if (ProxyAddressesAttribute.TryParse(entry, out var address, out var network))
            {
                if (address is not null)
                {
                    forwarded.KnownProxies.Add(address);
                }
                else if (network is { } n)
                {
                    forwarded.KnownIPNetworks.Add(n);
                }

                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            }
        }
    }

    /// <summary>
    /// Open (no password): only loopback Host names, so a web page whose DNS name rebinds to 127.0.0.1 cannot drive
    /// the app from the owner's browser. With a password, <c>AllowedHosts</c> stays as configured.
    /// </summary>
    private static void LoopbackHostsWhenOpen(HostFilteringOptions hosts, IOptions<WebOptions> web, IConfiguration configuration)
    {
        if (web.Value.PasswordRequired)
        {
            return;
        }

        hosts.AllowedHosts = ["localhost", "127.0.0.1", "[::1]", .. ListenAddresses.LoopbackIpHosts(configuration)];
        hosts.AllowEmptyHosts = false;
    }

    /// <summary>A cookie from before the last logout or password change is refused and removed.</summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var web = services.GetRequiredService<IOptionsMonitor<WebOptions>>().CurrentValue;
        if (context.Principal is { } user && services.GetRequiredService<SessionStamp>().IsCurrent(user, web.PasswordHash))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Pages redirect to the login page; the API, the hub and the Blazor circuit's endpoints answer with a status code.</summary>
    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/_blazor"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
