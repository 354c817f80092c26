namespace Condor.Engine.Simulation;

/// <summary>The simulated indices at one instant. XSP is SPX / 10.</summary>
internal sealed record MarketSnapshot(DateTimeOffset Time, double Spx, double Vix)
{
    public double Xsp => Spx / 10;

    public decimal SpxPrice => Math.Round((decimal)Spx, 2, MidpointRounding.AwayFromZero);

    public decimal XspPrice => Math.Round((decimal)Xsp, 2, MidpointRounding.AwayFromZero);

    public decimal VixPrice => Math.Round((decimal)Vix, 2, MidpointRounding.AwayFromZero);
}
