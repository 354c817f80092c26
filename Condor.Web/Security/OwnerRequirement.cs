using Microsoft.AspNetCore.Authorization;

namespace Condor.Web.Security;

/// <summary>The app's single authorization rule, checked by <see cref="OwnerAuthorizationHandler"/>.</summary>
internal sealed class OwnerRequirement : IAuthorizationRequirement;
