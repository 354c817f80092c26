namespace Condor.Engine.Tws.Transport;

/// <summary>The gateway's health as its messages last reported it.</summary>
/// <param name="IbLinkUp">False between 1100 / 2110 and the next 1101 / 1102.</param>
/// <param name="BrokenFarms">Farms reported broken (2103 / 2105 / 2157) and not reported OK since, e.g. <c>usfarm</c>.</param>
internal sealed record GatewayHealthSnapshot(bool IbLinkUp, IReadOnlyList<string> BrokenFarms)
{
    /// <summary>True when the link to IB is up and no farm is broken.</summary>
    public bool Healthy => IbLinkUp && BrokenFarms.Count == 0;
}
