using System.Globalization;

namespace Condor.Engine.Tws.Protocol;

/// <summary>
/// Reads the fields of one message in order. A field that does not parse, or a message that ends early,
/// throws <see cref="FormatException"/> naming the field index; the decoders' entry points turn it into a
/// <see cref="Decoding.MalformedMessage"/>. Empty-versus-unset rules follow IB's decoder (fixtures README).
/// </summary>
internal sealed class FieldReader(IReadOnlyList<string> fields)
{
    private int index;

    public int Position => index;

    public int Remaining => fields.Count - index;

    public string Str()
    {
        if (index >= fields.Count)
        {
            throw new FormatException($"The message ended after {fields.Count} fields; field {index} was expected.");
        }

        return fields[index++];
    }

    public void Skip(int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            Str();
        }
    }

    /// <summary>The field must hold exactly this text (message id, version, fixed placeholder).</summary>
    public void Expect(string expected)
    {
        var text = Str();
        if (!string.Equals(text, expected, StringComparison.Ordinal))
        {
            throw Bad(text, $"\"{expected}\"");
        }
    }

    public void Expect(int expected) => Expect(expected.ToString(CultureInfo.InvariantCulture));

    /// <summary>Every field must have been read: a longer message is not the layout we know.</summary>
    public void End()
    {
        if (index != fields.Count)
        {
            throw new FormatException($"{fields.Count - index} unexpected field(s) after field {index - 1}.");
        }
    }

    /// <summary>Integer; an empty field reads as 0 (as in IB's decoder).</summary>
    public int Int()
    {
        var text = Str();
        if (text.Length == 0)
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "an integer");
    }

    /// <summary>Integer where empty or int.MaxValue means unset.</summary>
    public int? IntMax()
    {
        var text = Str();
        if (text.Length == 0 || text == WireText.IntMax)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "an integer");
    }

    public long Long()
    {
        var text = Str();
        if (text.Length == 0)
        {
            return 0;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "an integer");
    }

    /// <summary>Long where empty or long.MaxValue means unset.</summary>
    public long? LongMax()
    {
        var text = Str();
        return text.Length == 0 || text == WireText.LongMax ? null : ParseLong(text);
    }

    /// <summary>Boolean sent as an integer (0 false, anything else true; empty false).</summary>
    public bool Bool() => Int() != 0;

    /// <summary>Plain double: empty reads as 0, the max text as unset.</summary>
    public double? Double()
    {
        var text = Str();
        return text.Length == 0 ? 0d : ParseDoubleOrUnset(text);
    }

    /// <summary>"Max" double: empty and the max text both read as unset.</summary>
    public double? DoubleMax()
    {
        var text = Str();
        return text.Length == 0 ? null : ParseDoubleOrUnset(text);
    }

    /// <summary>Plain money value: empty reads as 0, the max text as unset.</summary>
    public decimal? Price()
    {
        var text = Str();
        return text.Length == 0 ? 0m : ParseDecimalOrUnset(text);
    }

    /// <summary>A money value that is never unset (strike, min tick): empty reads as 0.</summary>
    public decimal Decimal()
    {
        var text = Str();
        if (text.Length == 0)
        {
            return 0m;
        }

        return ParseDecimalOrUnset(text) ?? throw Bad(text, "a set value");
    }

    /// <summary>"Max" money value: empty and the max text both read as unset.</summary>
    public decimal? PriceMax()
    {
        var text = Str();
        return text.Length == 0 ? null : ParseDecimalOrUnset(text);
    }

    /// <summary>Size / quantity: empty, int/long max and the double max text read as unset.</summary>
    public decimal? Size()
    {
        var text = Str();
        return text.Length == 0 || text is WireText.IntMax or WireText.LongMax ? null : ParseDecimalOrUnset(text);
    }

    /// <summary>A number IB carries as text (whatIf margins): empty or the max text read as unset.</summary>
    public decimal? DecimalText() => PriceMax();

    private long ParseLong(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "an integer");

    private double? ParseDoubleOrUnset(string text)
    {
        if (WireText.IsDoubleMaxText(text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            throw Bad(text, "a finite number");
        }

        return value;
    }

    private decimal? ParseDecimalOrUnset(string text)
    {
        if (WireText.IsDoubleMaxText(text))
        {
            return null;
        }

        // decimal.TryParse returns false on overflow and never accepts NaN / Infinity.
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "a decimal number");
    }

    private FormatException Bad(string text, string expected)
    {
        var shown = text.Length > 40 ? text[..40] + "..." : text;
        return new FormatException($"Field {index - 1} is \"{shown}\", expected {expected}.");
    }
}
