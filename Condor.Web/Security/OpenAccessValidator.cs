using Condor.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Web.Security;

/// <summary>
/// Without a password the app is open, so it may listen on loopback only: any other address stops
/// start-up with the address and the key it came from. Kestrel's reading of an address decides (see
/// <see cref="ListenAddresses.IsLoopback"/>), and <see cref="BoundAddressGuard"/> checks what was actually bound.
/// A trusted reverse proxy means the app is reached from elsewhere, so it needs a password too.
/// </summary>
internal sealed class OpenAccessValidator(IConfiguration configuration) : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        if (options.PasswordRequired)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.KnownProxies.Count > 0)
        {
            return ValidateOptionsResult.Fail(
                $"{WebOptions.Section}:KnownProxies is set, so Condor is meant to be reached through a reverse proxy, but " +
                $"{WebOptions.Section}:PasswordHash is empty and the app would be open to anyone the proxy serves. Set a password " +
                "hash (dotnet run --project Condor.Web -- hash-password) first.");
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
