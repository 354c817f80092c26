using Condor.Engine.Broker;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Execution.Orders;

/// <summary>The wire builders: sign convention, legs, OCA, trigger method, goodAfterTime.</summary>
public sealed class CondorOrdersTests
{
    private static readonly DateOnly Day = new(2026, 7, 15);

    private static CondorLegs Legs(IndexOptionContract contract)
    {
        static OptionQuote Q(OptionRight right, decimal strike) => new(right, strike, 1.00m, 1.10m, 0.15);
        return new CondorLegs(new IronCondor(Q(OptionRight.Put, 5880), Q(OptionRight.Put, 5900), Q(OptionRight.Call, 6100), Q(OptionRight.Call, 6120)), contract, 11, 12, 13, 14);
    }

    [Fact]
    public void Combo_IronCondor_LongLegsBoughtShortLegsSoldByConId()
    {
        var bag = CondorOrders.Combo(Legs(IndexOptionContract.Spx));

        Assert.Equal(("SPX", "BAG", "SMART", "USD"), (bag.Symbol, bag.SecType, bag.Exchange, bag.Currency));
        Assert.Equal([(11, "BUY"), (12, "SELL"), (13, "SELL"), (14, "BUY")], bag.ComboLegs.Select(l => (l.ConId, l.Action)));
        Assert.All(bag.ComboLegs, l => Assert.Equal(1, l.Ratio));
    }

    [Fact]
    public void Combo_Xsp_SymbolXsp()
    {
        Assert.Equal("XSP", CondorOrders.Combo(Legs(IndexOptionContract.Xsp)).Symbol);
    }

    [Fact]
    public void Entry_Credit_BuyAtNegativeLimitDayWithOrderRef()
    {
        var order = CondorOrders.Entry(2, 1.45m, new OrderRef(Day, OrderRole.Entry, 1));

        Assert.Equal(("BUY", "LMT", -1.45m, 2m, "DAY", "condor:20260715:entry:1", 0), (order.Action, order.OrderType, order.LmtPrice, order.TotalQuantity, order.Tif, order.OrderRef, order.OrderId));
        Assert.Equal(string.Empty, order.OcaGroup);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 2)]
    public void Group_Quantity_OcaType1ForOneContract2ForMore(int quantity, int ocaType)
    {
        var group = CondorOrders.Group(Day, 42, quantity);

        Assert.Equal(("condor:20260715:oca:42", ocaType), (group.Name, group.OcaType));
    }

    [Fact]
    public void Exits_Debits_SellAtNegativePricesInTheGroup()
    {
        var group = CondorOrders.Group(Day, 42, 3);
        var target = CondorOrders.Target(3, 1.10m, group, new OrderRef(Day, OrderRole.Target, 1));
        var stop = CondorOrders.Stop(3, 4.40m, TriggerMethod.MidPoint, group, new OrderRef(Day, OrderRole.Stop, 1));
        var time = CondorOrders.TimeExit(3, ExchangeTime.AtNewYork(Day, new TimeOnly(11, 30)), group, new OrderRef(Day, OrderRole.Time, 1));

        Assert.Equal(("SELL", "LMT", -1.10m, (decimal?)null), (target.Action, target.OrderType, target.LmtPrice, target.AuxPrice));
        Assert.Equal(("SELL", "STP", -4.40m, TriggerMethod.MidPoint), (stop.Action, stop.OrderType, stop.AuxPrice, stop.TriggerMethod));
        Assert.Equal(("SELL", "MKT", "20260715 11:30:00 US/Eastern"), (time.Action, time.OrderType, time.GoodAfterTime));
        Assert.All([target, stop, time], o => Assert.Equal((group.Name, 2, 3m, "DAY"), (o.OcaGroup, o.OcaType, o.TotalQuantity, o.Tif)));
    }

    [Fact]
    public void Stop_DefaultTriggerMethod_Refused()
    {
        Assert.Throws<ArgumentException>(() => CondorOrders.Stop(1, 4.40m, TriggerMethod.Default, CondorOrders.Group(Day, 1, 1), new OrderRef(Day, OrderRole.Stop, 1)));
    }

    [Fact]
    public void GoodAfterTime_UtcInstantInWinter_WrittenInEasternTime()
    {
        Assert.Equal("20261123 11:30:00 US/Eastern", CondorOrders.GoodAfterTime(new DateTimeOffset(2026, 11, 23, 16, 30, 0, TimeSpan.Zero)));
        Assert.Equal("20260715 11:30:00 US/Eastern", CondorOrders.GoodAfterTime(new DateTimeOffset(2026, 7, 15, 15, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void MarketableTarget_NewDebit_PriceChangedTypeKept()
    {
        var target = CondorOrders.Target(1, 1.10m, CondorOrders.Group(Day, 1, 1), new OrderRef(Day, OrderRole.Target, 1));

        var marketable = CondorOrders.MarketableTarget(target, 6.05m);

        Assert.Equal(target with { LmtPrice = -6.05m }, marketable);
    }

    [Fact]
    public void IntentOf_Exit_PositivePricesAndGoodAfterInUtc()
    {
        var at = ExchangeTime.AtNewYork(Day, new TimeOnly(11, 30));
        var stop = CondorOrders.Stop(1, 4.40m, TriggerMethod.MidPoint, CondorOrders.Group(Day, 9, 1), new OrderRef(Day, OrderRole.Stop, 1));

        var intent = CondorOrders.IntentOf(9, OrderRole.Stop, stop, at);

        Assert.Equal((OrderAction.Sell, "STP", 1, (decimal?)null, 4.40m, "condor:20260715:oca:9"), (intent.Action, intent.OrderType, intent.Quantity, intent.LimitPrice, intent.AuxPrice, intent.OcaGroup));
        Assert.Equal(TimeSpan.Zero, intent.GoodAfterUtc!.Value.Offset);
    }
}
