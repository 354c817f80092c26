namespace Condor.Web.Dashboard;

/// <summary>The condor's four strikes.</summary>
public sealed record StrikesView(decimal LongPut, decimal ShortPut, decimal ShortCall, decimal LongCall)
{
    public override string ToString() => $"{LongPut}/{ShortPut}P {ShortCall}/{LongCall}C";
}
