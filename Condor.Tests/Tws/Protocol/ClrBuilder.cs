using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Condor.Tests.Tws.Protocol;

/// <summary>Builds Condor's values from recorded IB values, by property name (see <see cref="GoldenMapping"/>).</summary>
internal static class ClrBuilder
{
    public static object Build(Type type, JsonElement json, string path)
    {
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        var parameterless = type.GetConstructor(Type.EmptyTypes);
        return parameterless is not null ? BuildWithInit(type, json, path) : BuildPositional(type, json, path);
    }

    public static object? Convert(JsonElement value, Type target, string path)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        var nullable = underlying is not null || !target.IsValueType;
        var type = underlying ?? target;
        value = type == typeof(string) ? value : GoldenValues.Unwrap(value);
        if (type == typeof(string))
        {
            return value.ValueKind switch
            {
                JsonValueKind.Null => string.Empty,
                JsonValueKind.String => value.GetString(),
                _ => value.GetRawText(),
            };
        }

        if (GoldenValues.ListElementType(type) is { } element)
        {
            var items = value.ValueKind == JsonValueKind.Null ? [] : value.EnumerateArray().ToList();
            var array = Array.CreateInstance(element, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(Convert(items[i], element, $"{path}[{i}]"), i);
            }

            return array;
        }

        if (GoldenValues.IsCondorRecord(type))
        {
            return Build(type, value, path);
        }

        if (value.ValueKind == JsonValueKind.Null || (nullable && GoldenValues.IsSentinel(value)))
        {
            return nullable ? null : throw new InvalidOperationException($"{path}: null for non-nullable {type.Name}.");
        }

        return type switch
        {
            _ when type.IsEnum => Enum.ToObject(type, value.GetInt32()),
            _ when type == typeof(bool) => value.GetBoolean(),
            _ when type == typeof(int) => value.GetInt32(),
            _ when type == typeof(long) => value.GetInt64(),
            _ when type == typeof(double) => value.GetDouble(),
            _ when type == typeof(decimal) => GoldenValues.ParseDecimal(value),
            _ => throw new InvalidOperationException($"{path}: no conversion to {type.Name}."),
        };
    }

    private static object BuildWithInit(Type type, JsonElement json, string path)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in json.EnumerateObject())
        {
            var target = FindProperty(type, property.Name, $"{path}.{property.Name}");
            target?.SetValue(instance, Convert(property.Value, target.PropertyType, $"{path}.{property.Name}"));
        }

        return instance;
    }

    private static object BuildPositional(Type type, JsonElement json, string path)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in json.EnumerateObject())
        {
            var target = FindProperty(type, property.Name, $"{path}.{property.Name}");
            if (target is not null)
            {
                values[target.Name] = Convert(property.Value, target.PropertyType, $"{path}.{property.Name}");
            }
        }

        var arguments = constructor.GetParameters()
            .Select(p => values.TryGetValue(p.Name!, out var v) ? v
                : throw new InvalidOperationException($"{path}: no recorded value for {type.Name}.{p.Name}."))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    /// <summary>The Condor property for a recorded name; null when deliberately ignored; fails otherwise.</summary>
    public static PropertyInfo? FindProperty(Type type, string ibName, string path)
    {
        if (GoldenMapping.IgnoredProperties.Contains(path))
        {
            return null;
        }

        var name = GoldenMapping.Resolve(type.Name, ibName);
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is not null)
        {
            return property;
        }

        Assert.True(GoldenMapping.IsIgnored(type.Name, ibName, path),
            $"{path}: recorded property {type.Name}.{ibName} is neither mapped to Condor nor listed in GoldenMapping.IgnoredProperties.");
        return null;
    }

    public static string Pascal(string name) =>
        string.Concat(name[..1].ToUpper(CultureInfo.InvariantCulture), name[1..]);
}
