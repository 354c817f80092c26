using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using static Condor.Tests.Simulation.SimulationFixtures;

namespace Condor.Tests.Simulation;

public sealed class SimulatedAccountTests
{
    private static readonly IReadOnlyList<ComboLeg> Condor = ComboLeg.IronCondor(5900, 5920, 6080, 6100);

    // Leg prices for a 4.50 credit: 2.00 − 4.00 − 3.50 + 1.00 = −4.50.
    private static readonly decimal[] OpenPrices = [2.00m, 4.00m, 3.50m, 1.00m];

    private static SimulatedAccount Account(bool portfolioMargin = false) =>
        new(new AccountOptions { StartingCash = 100_000m, CommissionPerContract = 0.65m, PortfolioMargin = portfolioMargin });

    private static decimal Spot(OptionKey _) => 6000m;

    private static decimal Flat(OptionKey _) => 0m;

    [Fact]
    public void ApplyComboFill_OpenCondor_PositionsCashAndMargin()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, 2, OpenPrices);

        var positions = account.Positions;
        Assert.Equal([2, -2, -2, 2], positions.Select(p => p.Quantity));
        Assert.Equal(5920m, positions[1].Contract.Strike);
        var snapshot = account.Snapshot(Flat, Spot);
        Assert.Equal(100_000m + 900m - (8 * 0.65m), snapshot.Cash);
        Assert.Equal(2 * 20m * 100, snapshot.InitialMargin); // Reg-T: widest wing × 100 per contract, credit not netted
        Assert.Equal(snapshot.InitialMargin, snapshot.MaintenanceMargin);
    }

    [Fact]
    public void Snapshot_MarksMoveNetLiquidationAndAvailableFunds()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, 1, OpenPrices);
        var marks = new Dictionary<decimal, decimal> { [5900] = 1m, [5920] = 2m, [6080] = 2m, [6100] = 0.5m };
        var snapshot = account.Snapshot(k => marks[k.Strike], Spot);

        var cash = 100_000m + 450m - 2.60m;
        Assert.Equal(cash + ((1m - 2m - 2m + 0.5m) * 100), snapshot.NetLiquidation);
        Assert.Equal(snapshot.NetLiquidation - snapshot.InitialMargin, snapshot.AvailableFunds);
    }

    [Fact]
    public void Requirement_AsymmetricWingsRegT_ChargesWiderWing()
    {
        var legs = ComboLeg.IronCondor(5900, 5920, 6080, 6090);
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, legs, TradeSide.Buy, 1, [1.00m, 2.00m, 2.00m, 1.50m]);
        Assert.Equal(2000m, account.Snapshot(Flat, Spot).InitialMargin);
    }

    [Fact]
    public void Requirement_AsymmetricWingsPortfolioMargin_ChargesWiderWingLessCredit()
    {
        var legs = ComboLeg.IronCondor(5900, 5920, 6080, 6090);
        var account = Account(portfolioMargin: true);
        account.ApplyComboFill(Underlying.SPX, Session, legs, TradeSide.Buy, 1, [1.00m, 2.00m, 2.00m, 1.50m]);
        Assert.Equal(2000m - 150m, account.Snapshot(Flat, Spot).InitialMargin);
    }

    [Fact]
    public void WhatIf_OpenCondor_ReportsChangeWithoutBooking()
    {
        var account = Account();
        var whatIf = account.WhatIf(Underlying.SPX, Session, Condor, TradeSide.Buy, 1, OpenPrices, Flat, Spot);

        Assert.Equal(0m, whatIf.InitialMarginBefore);
        Assert.Equal(2000m, whatIf.InitialMarginChange);
        Assert.Equal(2000m, whatIf.MaintenanceMarginAfter);
        Assert.Equal(2.60m, whatIf.Commission);
        Assert.Equal(450m - 2.60m, whatIf.EquityWithLoanChange);
        Assert.Empty(account.Positions);
    }

    [Fact]
    public void WhatIf_SecondCondorPortfolioMargin_MarginRespondsToExistingPosition()
    {
        var account = Account(portfolioMargin: true);
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, 1, OpenPrices);
        var whatIf = account.WhatIf(Underlying.SPX, Session, Condor, TradeSide.Buy, 1, OpenPrices, Flat, Spot);
        Assert.Equal(1550m, whatIf.InitialMarginBefore);
        Assert.Equal(3100m, whatIf.InitialMarginAfter);
    }

    [Fact]
    public void ApplyComboFill_CloseCondor_FlatAndNoMargin()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, 1, OpenPrices);
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Sell, 1, [1.00m, 2.00m, 1.50m, 0.50m]);
        Assert.Empty(account.Positions);
        var snapshot = account.Snapshot(Flat, Spot);
        Assert.Equal(0m, snapshot.InitialMargin);
        Assert.Equal(100_000m + 450m - 200m - (8 * 0.65m), snapshot.NetLiquidation);
    }

    [Fact]
    public void Settle_Expiry_PaysIntrinsicAndRemovesPositions()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, 1, OpenPrices);
        // SPX settles at 5910: short 5920 put worth 10, long 5900 put worthless, calls worthless.
        var settled = account.Settle(Session, k => k.Right == OptionRight.Put ? Math.Max(0, k.Strike - 5910m) : Math.Max(0, 5910m - k.Strike));

        Assert.Equal(4, settled.Count);
        Assert.Empty(account.Positions);
        Assert.Equal(100_000m + 450m - 2.60m - 1000m, account.Snapshot(Flat, Spot).Cash);
    }

    [Fact]
    public void Requirement_NakedShortCall_ChargesNotionalRate()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, [new ComboLeg(6100, OptionRight.Call, TradeSide.Sell)], TradeSide.Buy, 1, [2.00m]);
        Assert.Equal(0.20m * 6000m * 100, account.Snapshot(Flat, Spot).InitialMargin);
    }

    [Fact]
    public void Requirement_LongOptionOnly_NoMargin()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, [new ComboLeg(5900, OptionRight.Put, TradeSide.Buy)], TradeSide.Buy, 3, [2.00m]);
        Assert.Equal(0m, account.Snapshot(Flat, Spot).InitialMargin);
        Assert.Equal(2.00m, account.Positions.Single().AveragePrice);
    }

    [Fact]
    public void Mark_ChainModel_MidBeforeExpirySettlementAfter()
    {
        var model = Model();
        var key = new OptionKey(Underlying.SPX, Session, 5950, OptionRight.Put);
        var quote = model.Quote(Underlying.SPX, Session, 5950, OptionRight.Put, Et(10, 0), SpxTicks)!;
        Assert.Equal(quote.Mid, model.Mark(key, Et(10, 0), SpxTicks));
        Assert.Equal(model.SettlementValue(Underlying.SPX, Session, 5950, OptionRight.Put), model.Mark(key, Et(16, 30), SpxTicks));
    }

    [Fact]
    public void LiquidateAll_OpenCondor_ClosesAtGivenPricesWithoutAnOrder()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, 1, OpenPrices);
        var closed = account.LiquidateAll(k => k.Strike is 5920 or 6080 ? 3m : 1m);
        Assert.Equal(4, closed.Count);
        Assert.Empty(account.Positions);
        Assert.Equal(100_000m + 450m - 2.60m - 400m - 2.60m, account.Snapshot(Flat, Spot).Cash);
    }
}
