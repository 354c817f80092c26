using Microsoft.AspNetCore.Http.HttpResults;

namespace Condor.Web.Apis;

/// <summary>
/// The form posts of the statically rendered <c>/control</c> page: kill switch, pause and resume, each a plain
/// HTML form with an antiforgery token (binding the form makes the antiforgery middleware check it).
/// The trading engine does not exist yet, so there is nothing to send the command to: each route answers,
/// honestly, that the command is not available (303 back to the page, which says so) and changes nothing.
/// The safety issue connects these routes to the engine's commands.
/// </summary>
internal static class ControlApi
{
    public const string PagePath = "/control";

    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        foreach (var command in Enum.GetValues<ControlCommand>())
        {
            app.MapPost(PathOf(command), (IFormCollection form, ILoggerFactory loggers) => NotAvailable(command, loggers));
        }

        return app;
    }

    public static string PathOf(ControlCommand command) => $"{PagePath}/{command.ToString().ToLowerInvariant()}";

    private static RedirectHttpResult NotAvailable(ControlCommand command, ILoggerFactory loggers)
    {
        loggers.CreateLogger(typeof(ControlApi)).LogWarning(
            "{Command} was asked for on the control page, but there is no trading engine to send it to yet", command);
        return TypedResults.Redirect($"{PagePath}?unavailable={command.ToString().ToLowerInvariant()}", permanent: false, preserveMethod: false);
    }
}
