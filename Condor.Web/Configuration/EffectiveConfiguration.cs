using System.Collections;
using System.Globalization;
using System.Reflection;
using Condor.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Web.Configuration;

/// <summary>
/// The validated settings this process runs with, as key/value rows for the Settings page.
/// Properties marked <see cref="SecretAttribute"/> are reduced to "set" / "not set".
/// </summary>
internal sealed class EffectiveConfiguration(IServiceProvider services, IEnumerable<OptionsSection> sections)
{
    public const string Masked = "•••••• (set)";
    public const string NotSet = "(not set)";

    /// <summary>Every registered options section (the same list the unknown-key check knows), in registration order.</summary>
    public IReadOnlyList<SettingsSection> Sections() =>
        sections.Select(k => new SettingsSection(k.Section, Entries(k.Section, Resolve(k.OptionsType)))).ToList();

    private object Resolve(Type type)
    {
        var accessor = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
        return accessor.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(accessor)!;
    }

    private static List<SettingsEntry> Entries(string section, object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => Entry(section, p, p.GetValue(value)))
            .ToList();

    private static SettingsEntry Entry(string section, PropertyInfo property, object? value)
    {
        var secret = property.IsDefined(typeof(SecretAttribute), inherit: true);
        var shown = secret
            ? (value is string s && !string.IsNullOrEmpty(s) ? Masked : NotSet)
            : Format(value);
        return new SettingsEntry($"{section}:{property.Name}", property.Name, shown, secret);
    }

    private static string Format(object? value) => value switch
    {
        null => NotSet,
        string s when s.Length == 0 => NotSet,
        string s => s,
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)) is { Length: > 0 } joined ? joined : "(none)",
        _ => value.ToString() ?? "",
    };
}
