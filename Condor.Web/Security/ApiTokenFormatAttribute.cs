using System.ComponentModel.DataAnnotations;

namespace Condor.Web.Security;

/// <summary>Accepts an empty value (no token) or a token long enough not to be guessed.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ApiTokenFormatAttribute : ValidationAttribute
{
    public const int MinimumLength = 24;

    public ApiTokenFormatAttribute()
        : base($"must be empty or a random token of at least {MinimumLength} characters")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text || text.Length == 0 || (text.Length >= MinimumLength && !text.Any(char.IsWhiteSpace));
}
