namespace Condor.Engine.Execution.Snapshot;

/// <summary>The four strikes of the condor: long put &lt; short put &lt; short call &lt; long call.</summary>
internal sealed record ChosenStrikes(decimal LongPut, decimal ShortPut, decimal ShortCall, decimal LongCall)
{
    public decimal WingWidth => ShortPut - LongPut;

    public override string ToString() => $"{LongPut}/{ShortPut}P {ShortCall}/{LongCall}C";
}
