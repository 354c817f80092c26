using System.ComponentModel.DataAnnotations;

namespace Condor.Engine.Configuration;

/// <summary>Validates that a string is a time zone id this machine knows (IANA or Windows).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeZoneIdAttribute : ValidationAttribute
{
    public TimeZoneIdAttribute()
        : base("must be a known time zone id such as 'Europe/Berlin' or 'America/New_York'")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string id || string.IsNullOrEmpty(id) || TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
