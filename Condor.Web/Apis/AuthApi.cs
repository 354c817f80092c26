using System.Security.Claims;
using Condor.Web.Configuration;
using Condor.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Condor.Web.Apis;

/// <summary>Owner login and logout (plain forms with antiforgery tokens; login attempts rate-limited).</summary>
internal static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(SecurityServiceCollectionExtensions.LoginRateLimit);
        group.MapPost("/logout", (Delegate)LogoutAsync);
        return app;
    }

    internal sealed record LoginForm(string? Password, string? ReturnUrl);

    private static async Task<RedirectHttpResult> LoginAsync(
        [FromForm] LoginForm form, HttpContext context, IOptionsMonitor<WebOptions> web, ILoggerFactory loggers)
    {
        var returnUrl = LocalOrRoot(form.ReturnUrl);
        var hash = web.CurrentValue.PasswordHash;
        if (string.IsNullOrWhiteSpace(hash))
        {
            return TypedResults.Redirect(returnUrl);
        }

        if (string.IsNullOrEmpty(form.Password) || !PasswordHasher.Verify(form.Password, hash))
        {
            loggers.CreateLogger(typeof(AuthApi)).LogWarning(
                "Failed login from {Address}", context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return TypedResults.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return TypedResults.Redirect(returnUrl);
    }

    private static async Task<RedirectHttpResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/login");
    }

    /// <summary>Only same-site paths: never an open redirect to another host.</summary>
    internal static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
