using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// Runs the data annotations of an options class and reports every failure with its full
/// configuration key (<c>Condor:Strategy:WingWidth</c>), so a wrong value names what to fix.
/// Secret values are never echoed.
/// </summary>
internal sealed class SectionValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        if (results.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = results.Select(r => Describe(options, r)).ToList();
        return ValidateOptionsResult.Fail(failures);
    }

    private string Describe(TOptions options, ValidationResult result)
    {
        var member = result.MemberNames.FirstOrDefault() ?? "";
        var key = member.Length == 0 ? section : $"{section}:{member}";
        var property = member.Length == 0 ? null : typeof(TOptions).GetProperty(member);
        var secret = property?.IsDefined(typeof(SecretAttribute), inherit: true) ?? false;
        var shown = property is null ? "" : secret ? " (value hidden)" : $" (value '{Show(property.GetValue(options))}')";
        return $"{key}{shown}: {result.ErrorMessage}";
    }

    private static string? Show(object? value) =>
        value is System.Collections.IEnumerable items and not string
            ? string.Join(", ", items.Cast<object?>())
            : value?.ToString();
}
