using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using static Condor.Tests.Simulation.SimulationFixtures;

namespace Condor.Tests.Simulation;

/// <summary>
/// A whole entry → settlement day on the virtual clock with a test-side chaser (mid first, 0.05 toward the natural
/// every 5 s): same seed and same orders must give the same day.
/// </summary>
public sealed class DayReplayTests
{
    private static readonly MarketRules Rules = new(Weekdays, _ => SpxTicks, _ => ComboTicks);

    [Fact]
    public void Replay_SameSeed_IdenticalFillsAndAccount()
    {
        var first = RunDay(seed: 77);
        var second = RunDay(seed: 77);
        Assert.NotNull(first.Fill);
        Assert.InRange(first.Fill.Value.At, Et(9, 32), Et(9, 33));
        Assert.True(first.Fill.Value.Price < 0, $"a credit, got {first.Fill.Value.Price}");
        Assert.Equal(first, second);
    }

    [Fact]
    public void Replay_DifferentSeed_DifferentDay()
    {
        Assert.NotEqual(RunDay(seed: 77), RunDay(seed: 78));
    }

    private sealed record DayResult(string Condor, (DateTimeOffset At, decimal Price)? Fill, int Attempts, decimal NetLiquidationAtClose, decimal CashAfterSettlement);

    private static DayResult RunDay(ulong seed)
    {
        var options = new SimulatorOptions
        {
            Path = PathOptions(seed) with { AnchorTime = Et(9, 30).AddDays(-10) },
            Start = Et(9, 25),
            Speed = 0,
        };
        var market = new SimulatedMarket(options, Rules);
        using var clock = new VirtualClock(options.Start);

        IReadOnlyList<ComboLeg>? legs = null;
        ComboOrder? order = null;
        DateTimeOffset arrival = default;
        (DateTimeOffset, decimal)? fill = null;
        var attempts = 0;
        ITimer? chase = null;

        using var entry = clock.CreateTimer(
            _ =>
            {
                var now = clock.GetUtcNow();
                var chain = market.Chain(Underlying.SPX, Session, now);
                var put = chain.Options.Where(o => o.Right == OptionRight.Put).MinBy(o => Math.Abs(o.Greeks!.Delta + 0.15))!.Strike;
                var call = chain.Options.Where(o => o.Right == OptionRight.Call).MinBy(o => Math.Abs(o.Greeks!.Delta - 0.15))!.Strike;
                legs = ComboLeg.IronCondor(put - 20, put, call, call + 20);
                var mid = market.Combo(Underlying.SPX, Session, legs, now)!.Mid!.Value;
                order = new ComboOrder($"condor:20261123:entry:1", TradeSide.Buy, ComboOrderType.Limit, 1, Math.Floor(mid / 0.05m) * 0.05m);
                arrival = now;
                chase = clock.CreateTimer(_ => Chase(), null, TimeSpan.Zero, TimeSpan.FromSeconds(5));
            },
            null,
            Et(9, 32) - options.Start,
            Timeout.InfiniteTimeSpan);

        void Chase()
        {
            if (fill is not null || order is null || legs is null)
            {
                return;
            }

            var now = clock.GetUtcNow();
            attempts++;
            var decision = market.Evaluate(Underlying.SPX, Session, legs, order, arrival, now);
            if (decision.Outcome == FillOutcome.Filled)
            {
                fill = (now, decision.Price!.Value);
                var quote = market.Combo(Underlying.SPX, Session, legs, now)!;
                market.Account.ApplyComboFill(Underlying.SPX, Session, legs, TradeSide.Buy, 1, LegPrices.Allocate(legs, quote, decision.Price.Value));
                chase?.Dispose();
                return;
            }

            var natural = market.Combo(Underlying.SPX, Session, legs, now)!.Ask!.Value;
            order = order with { LimitPrice = Math.Min(natural, order.LimitPrice!.Value + 0.05m) };
        }

        clock.AdvanceTo(Et(15, 59));
        var netLiq = market.AccountAt(clock.GetUtcNow()).NetLiquidation;
        clock.AdvanceTo(Et(16, 0));
        market.Account.Settle(Session, k => market.Chains.SettlementValue(k.Underlying, k.Expiry, k.Strike, k.Right));
        chase?.Dispose();
        return new DayResult(string.Join('/', legs!.Select(l => l.Strike)), fill, attempts, netLiq, market.AccountAt(clock.GetUtcNow()).Cash);
    }
}
