using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// What data annotations cannot see, checked against the raw configuration under <c>Condor:</c>: a key that no
/// registered options class has (<c>Condor:Strategy:WingWidht</c>) is refused, naming the nearest valid key, instead of
/// being silently ignored; an enum setting must be one of its names (the binder also takes numbers and
/// comma-joined names, so <c>Condor__Mode=3</c> would start in Live). The valid keys are the public settable
/// properties of every <see cref="OptionsSection"/> registered with <see cref="OptionsRegistration"/>.
/// </summary>
internal sealed class ConfigurationKeysValidator(IConfiguration configuration, IEnumerable<OptionsSection> sections)
    : IValidateOptions<CondorOptions>
{
    public ValidateOptionsResult Validate(string? name, CondorOptions options)
    {
        var known = sections.OrderByDescending(s => s.Section.Length).ToList();
        var failures = new List<string>();
        foreach (var leaf in Leaves(configuration.GetSection(CondorOptions.Section)))
        {
            if (Check(leaf, known) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Every valid setting key (collections as one key), for suggestions and documentation.</summary>
    internal static IEnumerable<string> ValidKeys(IEnumerable<OptionsSection> sections) =>
        sections.SelectMany(s => KeysOf(s.Section, s.OptionsType));

    private string? Check(IConfigurationSection leaf, List<OptionsSection> known)
    {
        var section = known.FirstOrDefault(s => leaf.Path.StartsWith(s.Section + ":", StringComparison.OrdinalIgnoreCase));
        if (section is null)
        {
            return Unknown(leaf.Path, known);
        }

        var type = section.OptionsType;
        var rest = leaf.Path[(section.Section.Length + 1)..].Split(':');
        for (var i = 0; i < rest.Length; i++)
        {
            var property = Bindable(type).FirstOrDefault(p => p.Name.Equals(rest[i], StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return Unknown(leaf.Path, known);
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsCollection(propertyType))
            {
                return null;
            }

            if (IsScalar(propertyType))
            {
                return i < rest.Length - 1 ? Unknown(leaf.Path, known)
                    : propertyType.IsEnum ? CheckEnumName(leaf, propertyType) : null;
            }

            type = propertyType;
        }

        // A key naming an options object itself: only an empty value (an empty JSON object) is harmless.
        return string.IsNullOrEmpty(leaf.Value) ? null : Unknown(leaf.Path, known);
    }

    private static string? CheckEnumName(IConfigurationSection leaf, Type enumType)
    {
        var value = leaf.Value?.Trim();
        var names = Enum.GetNames(enumType);
        return string.IsNullOrEmpty(value) || names.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"{leaf.Path} (value '{leaf.Value}'): must be one of {string.Join(", ", names)} (names only, not numbers)";
    }

    private static string Unknown(string key, IEnumerable<OptionsSection> known)
    {
        if (ReplacedKeys.Describe(key) is { } replaced)
        {
            return replaced;
        }

        var nearest = NearestKey.Find(key, ValidKeys(known));
        var hint = nearest is null ? "" : $" (did you mean {nearest}?)";
        return $"{key} is not a Condor setting{hint}; remove it or correct its name";
    }

    private static IEnumerable<IConfigurationSection> Leaves(IConfigurationSection section)
    {
        foreach (var child in section.GetChildren())
        {
            var any = false;
            foreach (var leaf in Leaves(child))
            {
                any = true;
                yield return leaf;
            }

            if (!any)
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<string> KeysOf(string prefix, Type type)
    {
        foreach (var property in Bindable(type))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(propertyType) || IsCollection(propertyType))
            {
                yield return key;
            }
            else
            {
                foreach (var nested in KeysOf(key, propertyType))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>What the configuration binder fills: public settable properties, and collections it can add to.</summary>
    private static IEnumerable<PropertyInfo> Bindable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0
                && (p.SetMethod?.IsPublic == true || (p.GetMethod?.IsPublic == true && IsCollection(p.PropertyType))));

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeOnly)
        || type == typeof(DateOnly) || type == typeof(TimeSpan) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
        || type == typeof(Guid) || type == typeof(Uri);
}
