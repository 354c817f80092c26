using System.Collections;
using System.Text.Json;

namespace Condor.Tests.Tws.Protocol;

/// <summary>Asserts that a decoded Condor value equals the recorded IB value for every property Condor models.</summary>
internal static class GoldenComparer
{
    public static void AssertMatches(object? actual, Type declared, JsonElement expected, string path)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type != typeof(string))
        {
            expected = GoldenValues.Unwrap(expected);
        }

        if (type == typeof(string))
        {
            var text = expected.ValueKind == JsonValueKind.Null ? string.Empty
                : expected.ValueKind == JsonValueKind.String ? expected.GetString() : expected.GetRawText();
            Assert.True(string.Equals(text, (string?)actual ?? string.Empty, StringComparison.Ordinal),
                $"{path}: expected \"{text}\", decoded \"{actual}\".");
        }
        else if (GoldenValues.ListElementType(type) is { } element)
        {
            var items = expected.ValueKind == JsonValueKind.Null ? [] : expected.EnumerateArray().ToList();
            var decoded = ((IEnumerable?)actual)?.Cast<object?>().ToList() ?? [];
            Assert.True(items.Count == decoded.Count, $"{path}: expected {items.Count} items, decoded {decoded.Count}.");
            for (var i = 0; i < items.Count; i++)
            {
                AssertMatches(decoded[i], element, items[i], $"{path}[{i}]");
            }
        }
        else if (GoldenValues.IsCondorRecord(type))
        {
            Assert.True(actual is not null, $"{path}: decoded null.");
            AssertObject(actual!, expected, path);
        }
        else if (actual is null || expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual is null && (expected.ValueKind == JsonValueKind.Null || GoldenValues.IsSentinel(expected)),
                $"{path}: expected {expected.GetRawText()}, decoded {actual ?? "null (unset)"}.");
        }
        else if (actual is bool flag)
        {
            Assert.True(flag == expected.GetBoolean(), $"{path}: expected {expected.GetRawText()}, decoded {flag}.");
        }
        else
        {
            var number = expected.ValueKind == JsonValueKind.String
                ? (double)GoldenValues.ParseDecimal(expected) : expected.GetDouble();
            var decodedNumber = System.Convert.ToDouble(actual, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(number.Equals(decodedNumber), $"{path}: expected {expected.GetRawText()}, decoded {actual}.");
        }
    }

    /// <summary>Every recorded property of the object must be mapped (and equal) or deliberately ignored.</summary>
    public static void AssertObject(object actual, JsonElement expected, string path)
    {
        var type = actual.GetType();
        foreach (var property in expected.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            var target = ClrBuilder.FindProperty(type, property.Name, propertyPath);
            if (target is not null)
            {
                AssertMatches(target.GetValue(actual), target.PropertyType, property.Value, propertyPath);
            }
        }
    }
}
