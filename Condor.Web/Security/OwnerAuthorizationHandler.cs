using Condor.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Condor.Web.Security;

/// <summary>
/// With a password configured the caller must be the owner (login cookie or API token); without one the
/// app is open, and <see cref="OpenAccessValidator"/> keeps it on loopback.
/// </summary>
internal sealed class OwnerAuthorizationHandler(IOptionsMonitor<WebOptions> web) : AuthorizationHandler<OwnerRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnerRequirement requirement)
    {
        if (!web.CurrentValue.PasswordRequired || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
