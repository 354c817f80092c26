namespace Condor.Web.Security;

/// <summary>An attempt allowed, or refused by the <see cref="Limit"/> named ("per-address" or "total") until <see cref="RetryAfter"/>.</summary>
internal readonly record struct LoginThrottleDecision(bool Allowed, TimeSpan RetryAfter, string? Limit);
