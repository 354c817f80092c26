namespace Condor.Engine.Strategy;

/// <summary>
/// The four legs: long put &lt; short put &lt; short call &lt; long call, each wing exactly
/// <see cref="WingWidth"/> points from its short. Opening sells the shorts and buys the wings for a credit.
/// </summary>
internal sealed record IronCondor(OptionQuote LongPut, OptionQuote ShortPut, OptionQuote ShortCall, OptionQuote LongCall)
{
    public decimal WingWidth => ShortPut.Strike - LongPut.Strike;

    public IReadOnlyList<OptionQuote> Legs => [LongPut, ShortPut, ShortCall, LongCall];

    public override string ToString() =>
        $"{LongPut.Strike}/{ShortPut.Strike}P {ShortCall.Strike}/{LongCall.Strike}C";
}
