namespace Condor.Engine.Market;

/// <summary>A non-negative price that is valid under its tick rule (made by <see cref="TickRule.Round"/>).</summary>
internal readonly record struct TickedPrice
{
    public TickedPrice(decimal value, TickRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.IsValid(value))
        {
            throw new ArgumentException($"{value} is not a valid price under tick rule {rule}.", nameof(value));
        }

        Value = value;
        Rule = rule;
    }

    public decimal Value { get; }

    public TickRule Rule { get; }

    public override string ToString() => Value.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture);
}
