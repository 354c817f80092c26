using System.Globalization;
using System.Security.Claims;
using Condor.Web.Configuration;
using Condor.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Condor.Web.Apis;

/// <summary>
/// Owner login and logout: plain forms with antiforgery tokens. Login attempts are throttled per address and in
/// total (<see cref="LoginThrottle"/>); a successful login returns only to a local path (<see cref="ReturnUrl"/>);
/// logging out ends every session issued so far (<see cref="SessionStamp"/>).
/// </summary>
internal static partial class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous();
        group.MapPost("/logout", LogoutAsync);
        return app;
    }

    internal sealed record LoginForm(string? Password, string? ReturnUrl);

    private static async Task<Results<RedirectHttpResult, StatusCodeHttpResult>> LoginAsync(
        [FromForm] LoginForm form, HttpContext context, IOptionsMonitor<WebOptions> web, LoginThrottle throttle,
        SessionStamp sessions, ILoggerFactory loggers)
    {
        var returnUrl = ReturnUrl.LocalOrRoot(form.ReturnUrl);
        var hash = web.CurrentValue.PasswordHash;
        if (string.IsNullOrWhiteSpace(hash))
        {
            return TypedResults.Redirect(returnUrl);
        }

        var log = loggers.CreateLogger(typeof(AuthApi));
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var decision = throttle.TryAcquire(address);
        if (!decision.Allowed)
        {
            var seconds = (int)Math.Ceiling(decision.RetryAfter.TotalSeconds);
            LogRefused(log, address, decision.Limit!, seconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (string.IsNullOrEmpty(form.Password) || !PasswordHasher.Verify(form.Password, hash))
        {
            LogFailed(log, address);
            return TypedResults.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "owner"), sessions.ClaimFor(hash)], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        throttle.Succeeded(address);
        return TypedResults.Redirect(returnUrl);
    }

    /// <summary>Antiforgery is checked here: the form has no fields to bind, so nothing else would check it.</summary>
    private static async Task<Results<RedirectHttpResult, BadRequest>> LogoutAsync(
        HttpContext context, IAntiforgery antiforgery, SessionStamp sessions)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        sessions.Rotate();
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/login");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed login from {Address}")]
    private static partial void LogFailed(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login attempt from {Address} refused: the {Limit} limit is reached, retry in {Seconds} s")]
    private static partial void LogRefused(ILogger logger, string address, string limit, int seconds);
}
