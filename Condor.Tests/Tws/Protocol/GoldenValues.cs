using System.Globalization;
using System.Text.Json;

namespace Condor.Tests.Tws.Protocol;

/// <summary>How the fixtures write IB's unset sentinels (README "Value conventions").</summary>
internal static class GoldenValues
{
    public static bool IsSentinel(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString() is "1.7976931348623157E308" or "1.7976931348623157E+308";
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        var raw = value.GetRawText();
        return raw is "2147483647" or "9223372036854775807" or "79228162514264337593543950335"
            || value.GetDouble() >= double.MaxValue;
    }

    public static decimal ParseDecimal(JsonElement value) =>
        decimal.Parse(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(),
            NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>{"Value": x} wrappers (Execution.LastLiquidity) read as x.</summary>
    public static JsonElement Unwrap(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Count() == 1 && value.TryGetProperty("Value", out var inner)
            ? inner
            : value;

    public static bool IsCondorRecord(Type type) =>
        type.Namespace?.StartsWith("Condor.Engine", StringComparison.Ordinal) == true && type.IsClass;

    public static Type? ListElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
