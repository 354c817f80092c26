using System.Globalization;

namespace Condor.Engine.Tws.Protocol;

/// <summary>
/// Appends the fields of one message in wire format. One method per formatting rule, so each message's
/// layout says how every field is written. Nullable values are Condor's "unset"; the method name says how
/// unset is written on the wire.
/// </summary>
internal sealed class FieldWriter
{
    private readonly List<string> fields = new(32);

    public int Count => fields.Count;

    public IReadOnlyList<string> Fields => fields;

    public string[] ToArray() => [.. fields];

    public FieldWriter Str(string? value)
    {
        fields.Add(value ?? string.Empty);
        return this;
    }

    public FieldWriter Int(int value) => Str(value.ToString(CultureInfo.InvariantCulture));

    public FieldWriter Long(long value) => Str(value.ToString(CultureInfo.InvariantCulture));

    public FieldWriter Bool(bool value) => Str(value ? "1" : "0");

    /// <summary>Unset written as int.MaxValue (gateway side: displaySize, minQty...).</summary>
    public FieldWriter IntOrMax(int? value) => value is { } v ? Int(v) : Str(WireText.IntMax);

    /// <summary>Unset written as long.MaxValue (parentPermId).</summary>
    public FieldWriter LongOrMax(long? value) => value is { } v ? Long(v) : Str(WireText.LongMax);

    public FieldWriter Double(double value) => Str(WireText.Double(value));

    /// <summary>Client side: unset double written as an empty field.</summary>
    public FieldWriter DoubleOrEmpty(double? value) => value is { } v ? Double(v) : Str(string.Empty);

    /// <summary>Gateway side: unset double written as Java's <c>1.7976931348623157E308</c>.</summary>
    public FieldWriter DoubleOrGatewayMax(double? value) =>
        value is { } v ? Double(v) : Str(WireText.GatewayDoubleMax);

    public FieldWriter Price(decimal value) => Str(WireText.Price(value));

    /// <summary>Client side: unset price written as an empty field (lmtPrice of a MKT order...).</summary>
    public FieldWriter PriceOrEmpty(decimal? value) => value is { } v ? Price(v) : Str(string.Empty);

    /// <summary>Client side: unset price written as C#'s <c>1.7976931348623157E+308</c> (triggerPrice...).</summary>
    public FieldWriter PriceOrClientMax(decimal? value) =>
        value is { } v ? Price(v) : Str(WireText.ClientDoubleMax);

    /// <summary>Gateway side: unset price written as Java's <c>1.7976931348623157E308</c>.</summary>
    public FieldWriter PriceOrGatewayMax(decimal? value) =>
        value is { } v ? Price(v) : Str(WireText.GatewayDoubleMax);

    /// <summary>A size / quantity (IB decimal) written plainly; unset as an empty field.</summary>
    public FieldWriter Size(decimal? value) => value is { } v ? Str(WireText.Decimal(v)) : Str(string.Empty);

    /// <summary>A number IB carries as text (whatIf margins): plain decimal, unset as the gateway's max text.</summary>
    public FieldWriter DecimalTextOrGatewayMax(decimal? value) =>
        value is { } v ? Str(WireText.Decimal(v)) : Str(WireText.GatewayDoubleMax);

    /// <summary>Writes the same text <paramref name="count"/> times (placeholders for fields Condor does not model).</summary>
    public FieldWriter Repeat(string value, int count)
    {
        for (var i = 0; i < count; i++)
        {
            fields.Add(value);
        }

        return this;
    }
}
