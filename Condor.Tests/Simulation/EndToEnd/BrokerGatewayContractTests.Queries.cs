using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>The queries reconciliation uses: execution filters, position contracts, P&amp;L.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task GetExecutions_FilteredBySecTypeAndClient_AnswersOnlyMatching()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (_, entry, _) = await s.EnterAsync();

        var bags = await s.Client.GetExecutionsAsync(new ExecutionFilter { SecType = "BAG" }, s.Token);
        var mine = await s.Client.GetExecutionsAsync(new ExecutionFilter { ClientId = 7 }, s.Token);
        var others = await s.Client.GetExecutionsAsync(new ExecutionFilter { ClientId = 8 }, s.Token);

        Assert.Equal(entry.OrderId, Assert.Single(bags).Execution.OrderId);
        Assert.Equal(5, mine.Count);
        Assert.Empty(others);
    }

    [Fact]
    public async Task GetExecutions_FilteredByTime_AnswersOnlyLaterExecutions()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, entry, _) = await s.EnterAsync();
        await s.AdvanceAsync(TimeSpan.FromMinutes(5));
        var (bid, _) = await s.QuoteAsync(bag);
        var exit = await s.PlaceAsync(bag, ContractSession.Order("SELL", "LMT", bid));
        await s.StatusAsync(exit.OrderId, "Filled");

        var later = await s.Client.GetExecutionsAsync(new ExecutionFilter { Time = $"{s.Expiry} 09:35:00 US/Eastern" }, s.Token);

        Assert.Equal(5, later.Count(e => e.Execution.OrderId == exit.OrderId));
        Assert.DoesNotContain(later, e => e.Execution.OrderId == entry.OrderId);
    }

    [Fact]
    public async Task GetPositions_AfterFill_LegContractsIdentifyTodaysSpxwOptions()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, _, _) = await s.EnterAsync();

        var positions = await s.Client.GetPositionsAsync(s.Token);

        foreach (var leg in bag.ComboLegs)
        {
            var position = Assert.Single(positions, p => p.Contract.ConId == leg.ConId);
            Assert.Equal(("SPX", "OPT", "SPXW", s.Expiry), (position.Contract.Symbol, position.Contract.SecType, position.Contract.TradingClass, position.Contract.LastTradeDateOrContractMonth));
            Assert.True(position.Contract.Strike > 0 && position.Contract.Right is "P" or "C");
            Assert.True(position.AvgCost > 0, $"average cost per contract ({position.AvgCost})");
            Assert.StartsWith("DU", position.Account, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SubscribePnL_AfterFill_DailyPnLIsNetLiquidationChange()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        await s.SyncAsync(); // managedAccounts comes before the answer
        var account = s.Client.ManagedAccounts.Split(',')[0];
        var before = await NetLiquidationAsync(s);
        await s.EnterAsync();
        var after = await NetLiquidationAsync(s);

        await using var pnl = await s.Client.SubscribePnLAsync(account, s.Token);
        var update = await new EventLog<Engine.Tws.Client.PnlUpdate>(pnl.Reader).WaitForAsync(_ => true, "a P&L update");

        Assert.Equal(after - before, Math.Round(update.DailyPnL!.Value, 2));
    }

    [Fact]
    public async Task ComboFill_BagExecutionPrice_IsSignedSumOfLegPricesAndTheAverageFill()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, entry, filled) = await s.EnterAsync();

        var executions = s.Orders.Seen.Where(e => e.OrderId == entry.OrderId).Select(e => e.Message).OfType<ExecDetailsMessage>().ToList();
        var bagPrice = executions.Single(e => e.Contract.SecType == "BAG").Execution.Price;
        var legs = executions.Where(e => e.Contract.SecType == "OPT").ToList();
        var signed = legs.Sum(e => (e.Execution.Side == "BOT" ? 1 : -1) * e.Execution.Price!.Value);

        Assert.Equal(filled.AvgFillPrice, bagPrice);
        Assert.Equal(bagPrice, signed);
        Assert.All(legs, e => Assert.Equal(bag.ComboLegs.Single(l => l.ConId == e.Contract.ConId).Action == "BUY" ? "BOT" : "SLD", e.Execution.Side));
    }

    [Fact]
    public async Task CloseCondor_AfterEntry_PositionsFlatAndMarginReleased()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, _, _) = await s.EnterAsync();
        var (bid, _) = await s.QuoteAsync(bag);

        var exit = await s.PlaceAsync(bag, ContractSession.Order("SELL", "LMT", bid));
        await s.StatusAsync(exit.OrderId, "Filled");

        var legIds = bag.ComboLegs.Select(l => l.ConId).ToHashSet();
        Assert.DoesNotContain(await s.Client.GetPositionsAsync(s.Token), p => legIds.Contains(p.Contract.ConId) && p.Position != 0);
        var margin = await s.Client.GetAccountSummaryAsync(["InitMarginReq"], s.Token);
        Assert.Equal(0m, decimal.Parse(margin.Single(r => r.Tag == "InitMarginReq").Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<decimal> NetLiquidationAsync(ContractSession s)
    {
        var rows = await s.Client.GetAccountSummaryAsync(["NetLiquidation"], s.Token);
        return decimal.Parse(rows.Single(r => r.Tag == "NetLiquidation").Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
