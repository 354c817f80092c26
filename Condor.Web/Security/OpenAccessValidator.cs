using Condor.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Web.Security;

/// <summary>
/// Without a password the app is open, so it may listen on loopback only: any other address stops
/// start-up with the address and the key it came from.
/// </summary>
internal sealed class OpenAccessValidator(IConfiguration configuration) : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        if (options.PasswordRequired)
        {
            return ValidateOptionsResult.Success;
        }

        var exposed = ListenAddresses.Configured(configuration)
            .Where(a => !ListenAddresses.IsLoopback(a.Address))
            .Select(a => $"'{a.Address}' ({a.Key})")
            .ToList();
        return exposed.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{WebOptions.Section}:PasswordHash is empty, so Condor is open to anyone who can reach it and may " +
                $"listen on loopback only (127.0.0.1, localhost, [::1]), but it was asked to listen on " +
                $"{string.Join(", ", exposed)}. Set a password hash (dotnet run --project Condor.Web -- hash-password) " +
                "or listen on a loopback address.");
    }
}
