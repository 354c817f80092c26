using System.Threading.RateLimiting;
using Condor.Engine.Configuration;
using Condor.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Condor.Web.Security;

/// <summary>Login cookie, API token, the owner-only fallback policy, login rate limit, open-access guard.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public const string LoginRateLimit = "login";
    private const string SelectScheme = "Condor";

    public static IServiceCollection AddCondorSecurity(this IServiceCollection services)
    {
        services.AddValidatedOptions<WebOptions>(WebOptions.Section);
        services.AddSingleton<IValidateOptions<WebOptions>, OpenAccessValidator>();

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
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/login";
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) => cookie.ExpireTimeSpan = TimeSpan.FromHours(web.Value.SessionHours));

        services.AddSingleton<IAuthorizationHandler, OwnerAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new OwnerRequirement()).Build());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.LoginAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });

        services.AddAntiforgery(o => o.Cookie.Name = "condor.af");
        return services;
    }

    /// <summary>Pages redirect to the login page; the API and the hub answer with a status code.</summary>
    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
