using System.Globalization;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;

namespace Condor.Tests.Simulation;

/// <summary>
/// The market model's figures at 09:32 ET, as written in Condor.Engine/Simulation/Gateway/README.md ("Market model
/// at 09:32"): a change to the model changes these and must be a visible decision (update the README with the test).
/// </summary>
public sealed class MarketModelFiguresTests
{
    [Theory]
    [InlineData(12, "0.60 52 43 4.25 0.90")]
    [InlineData(15, "0.76 62 58 4.28 0.95")]
    [InlineData(20, "1.00 82 78 4.53 1.05")]
    [InlineData(30, "1.51 122 113 5.10 1.60")]
    public void Figures_At0932_MatchTheReadme(double vix, string expected)
    {
        Assert.Equal(expected, Figures(vix));
    }

    /// <summary>Straddle % of spot, 15-delta put and call distance from spot (points), 20-wide condor mid credit, combo width.</summary>
    internal static string Figures(double vix)
    {
        var session = new DateOnly(2026, 11, 23);
        var options = new SimulatorOptions
        {
            Path = new MarketPathOptions { Seed = 1, AnchorTime = EasternTime.At(session, new TimeOnly(9, 30)), AnchorSpx = 6000, VixLevel = vix, VixSpxBeta = 0, VixNoise = 0 },
            Start = EasternTime.At(session, new TimeOnly(9, 25)),
        };
        var market = new SimulatedMarket(options, SimulatorMarketRules.Default);
        var at = EasternTime.At(session, new TimeOnly(9, 32));
        var chain = market.Chain(Underlying.SPX, session, at);
        var spot = (decimal)chain.UnderlyingPrice;
        var atm = Math.Round(spot / 5) * 5;
        var straddle = chain.Find(atm, OptionRight.Call)!.Mid!.Value + chain.Find(atm, OptionRight.Put)!.Mid!.Value;
        var put = chain.Options.Where(o => o.Right == OptionRight.Put).MinBy(o => Math.Abs(Math.Abs(o.Greeks!.Delta) - 0.15))!;
        var call = chain.Options.Where(o => o.Right == OptionRight.Call).MinBy(o => Math.Abs(Math.Abs(o.Greeks!.Delta) - 0.15))!;
        var condor = market.Combo(Underlying.SPX, session, ComboLeg.IronCondor(put.Strike - 20, put.Strike, call.Strike, call.Strike + 20), at)!;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{straddle / spot * 100:F2} {spot - put.Strike:F0} {call.Strike - spot:F0} {-condor.Mid!.Value:F2} {condor.Ask!.Value - condor.Bid!.Value:F2}");
    }
}
