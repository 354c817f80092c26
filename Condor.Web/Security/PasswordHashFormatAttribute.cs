using System.ComponentModel.DataAnnotations;

namespace Condor.Web.Security;

/// <summary>Accepts an empty value or a hash made by <c>hash-password</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PasswordHashFormatAttribute : ValidationAttribute
{
    public PasswordHashFormatAttribute()
        : base("must be the output of 'dotnet run --project Condor.Web -- hash-password' (pbkdf2-sha256$...) or empty")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || PasswordHasher.IsWellFormed(text);
}
