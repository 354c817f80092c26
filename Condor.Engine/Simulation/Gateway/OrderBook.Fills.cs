using System.Globalization;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>Fills, OCA cancels, executions, positions, settlement and auto-liquidation.</summary>
internal sealed partial class OrderBook
{
    /// <summary>16:00 ET: working orders on the expiring options are cancelled.</summary>
    public void CancelExpiring(DateOnly session, DateTimeOffset now)
    {
        lock (_gate)
        {
            foreach (var order in _orders.Values.Where(o => o.IsWorking && o.Expiry == session).ToList())
            {
                CancelLocked(order, now, "Order Canceled - reason:the options expired");
            }
        }
    }

    /// <summary>The overnight processing: expired positions cash-settle at the index's close and leave the positions (no execution).</summary>
    public void SettleExpiry(DateOnly session)
    {
        lock (_gate)
        {
            var settled = _market.Account.Settle(
                session, key => _market.Chains.SettlementValue(key.Underlying, key.Expiry, key.Strike, key.Right));
            foreach (var (line, _) in settled)
            {
                _outbox.ToPositionSubscribers(Position(line.Contract, 0, 0));
            }
        }
    }

    /// <summary>Closes every position with no order of the client's, like the broker's auto-liquidation.</summary>
    public void Liquidate(DateTimeOffset now)
    {
        lock (_gate)
        {
            var marks = Mark(now);
            foreach (var line in _market.Account.LiquidateAll(marks))
            {
                var contract = _contracts.Option(line.Contract);
                var quantity = Math.Abs(line.Quantity);
                var execution = new Tws.Protocol.Models.Execution
                {
                    OrderId = 0,
                    ExecId = NextExecId(++_fillSequence, 1),
                    Time = GatewayTime.Format(now),
                    AcctNumber = _settings.Account,
                    Exchange = "CBOE",
                    Side = line.Quantity > 0 ? "SLD" : "BOT",
                    Shares = quantity,
                    Price = marks(line.Contract),
                    PermId = 0,
                    Liquidation = 1,
                    CumQty = quantity,
                    AvgPrice = marks(line.Contract),
                    LastLiquidity = 2,
                };
                var exec = new ExecDetailsMessage(-1, contract with { Exchange = "CBOE" }, execution);
                _executions.Add((exec, null));
                _outbox.ToAll(exec);
                _outbox.ToPositionSubscribers(Position(line.Contract, 0, 0));
            }
        }
    }

    /// <summary>
    /// Today's executions (BAG and legs) matching the filter, answered to reqExecutions with its request id. As at IB,
    /// reqExecutions answers the current day's executions (ET date of <paramref name="now"/>), not everything since the
    /// gateway started — to any client, also one that connects after a restart.
    /// </summary>
    public IReadOnlyList<(ExecDetailsMessage Exec, CommissionReport? Commission)> Executions(ExecutionFilter filter, DateTimeOffset now)
    {
        var today = EasternTime.DateOf(now);
        lock (_gate)
        {
            return [.. _executions.Where(e => Matches(e.Exec, filter) && GatewayTime.Parse(e.Exec.Execution.Time) is { } at && EasternTime.DateOf(at) == today)];
        }
    }

    /// <summary>The account's positions plus the scenario's foreign ones, as position messages.</summary>
    public IReadOnlyList<PositionMessage> Positions()
    {
        var list = _market.Account.Positions.Select(p => Position(p.Contract, p.Quantity, p.AveragePrice)).ToList();
        foreach (var foreign in Scenario.ForeignPositions)
        {
            var contract = new Contract
            {
                ConId = 900_000_000 + (int)(CounterRandom.HashString(foreign.Symbol) % 99_999_999),
                Symbol = foreign.Symbol,
                SecType = foreign.SecurityType,
                LastTradeDateOrContractMonth = foreign.Expiry is { } e ? GatewayTime.Date(e) : string.Empty,
                Strike = foreign.Strike ?? 0,
                Right = foreign.Right switch { OptionRight.Put => "P", OptionRight.Call => "C", _ => string.Empty },
                Multiplier = foreign.SecurityType == "OPT" ? "100" : string.Empty,
                Currency = "USD",
                LocalSymbol = foreign.Symbol,
                TradingClass = foreign.TradingClass ?? foreign.Symbol,
            };
            list.Add(new PositionMessage(_settings.Account, contract, foreign.Quantity, foreign.AverageCost));
        }

        return list;
    }

    /// <summary>
    /// A position line as IB reports it: average cost per contract including commissions (a long costs its price × 100
    /// plus the commission, a short brings its price × 100 less the commission).
    /// </summary>
    private PositionMessage Position(OptionKey key, int quantity, decimal averagePrice) =>
        new(
            _settings.Account,
            _contracts.Option(key) with { Exchange = string.Empty },
            quantity,
            quantity == 0 ? 0 : (averagePrice * 100) + (Math.Sign(quantity) * _market.Options.Account.CommissionPerContract));

    private void EvaluateLocked(BookOrder order, DateTimeOffset now)
    {
        if (order.BrokerCancelAt is { } cancelAt && now >= cancelAt)
        {
            CancelLocked(order, now, "Order Canceled - reason:cancelled by the broker (scenario)");
            return;
        }

        if (order.Held)
        {
            return;
        }

        if (order.RemainderAfter is { } after ? now < after : order.PartiallyFilled)
        {
            return;
        }

        var model = order.Model with { Quantity = order.Remaining, PreviousTriggerHit = order.TriggerHit };
        var decision = _market.Evaluate(order.Underlying, order.Expiry, order.Legs, model, order.Arrival, now);
        order.TriggerHit = decision.TriggerHit;
        if (decision.Outcome == FillOutcome.Working && order.Status == "PreSubmitted" && order.Model.GoodAfter is { } ga && now >= ga)
        {
            order.Status = "Submitted";
            _outbox.ToClient(order.ClientId, OrderWire.Status(order));
        }

        if (decision.Outcome != FillOutcome.Filled || decision.Price is not { } price)
        {
            return;
        }

        var quantity = order.Remaining;
        if (Scenario.PartialFillQuantity is { } part && order.Filled == 0 && part < quantity)
        {
            quantity = part;
            order.PartiallyFilled = true;
            order.RemainderAfter = Scenario.PartialFillRemainderAfter is { } wait ? now + wait : null;
        }

        Fill(order, quantity, price, now);
    }

    private void Fill(BookOrder order, int quantity, decimal price, DateTimeOffset now)
    {
        var quote = _market.Combo(order.Underlying, order.Expiry, order.Legs, now)
            ?? throw new InvalidOperationException("A fill needs a combo quote.");
        var legPrices = LegPrices.Allocate(order.Legs, quote, price);
        _market.Account.ApplyComboFill(order.Underlying, order.Expiry, order.Legs, order.Model.Side, quantity, legPrices);
        order.Filled += quantity;
        order.FillValue += quantity * price;
        order.LastFillPrice = price;
        if (order.Remaining == 0)
        {
            order.Status = "Filled";
            order.CompletedAt = now;
        }
        else
        {
            order.Status = "Submitted";
        }

        var fill = ++_fillSequence;
        var time = GatewayTime.Format(now);
        var bought = order.Model.Side == TradeSide.Buy;
        var reports = new List<IIncomingMessage>
        {
            OrderWire.Status(order),
            OrderWire.Open(order, _settings.Account),
        };
        var commissions = new List<CommissionReportMessage>();
        if (order.Contract.IsBag)
        {
            reports.Add(Record(order, order.Contract with { Exchange = "CBOE" }, NextExecId(fill, 1), time, bought, quantity, price, null));
        }

        for (var i = 0; i < order.Legs.Count; i++)
        {
            var leg = order.Legs[i];
            var legQuantity = leg.Ratio * quantity;
            var commission = new CommissionReport
            {
                ExecId = NextExecId(fill, i + 2),
                Commission = legQuantity * _market.Options.Account.CommissionPerContract,
                Currency = "USD",
            };
            var legBought = (leg.Side == TradeSide.Buy) == bought;
            reports.Add(Record(order, order.LegContracts[i] with { Exchange = "CBOE" }, commission.ExecId, time, legBought, legQuantity, legPrices[i], commission));
            commissions.Add(new CommissionReportMessage(commission));
        }

        foreach (var message in reports.Concat(commissions))
        {
            _outbox.ToClient(order.ClientId, message);
        }

        foreach (var leg in order.Legs)
        {
            var key = new OptionKey(order.Underlying, order.Expiry, leg.Strike, leg.Right);
            var line = _market.Account.Positions.FirstOrDefault(p => p.Contract == key);
            _outbox.ToPositionSubscribers(Position(key, line?.Quantity ?? 0, line?.AveragePrice ?? 0));
        }

        // IB sends the fill's orderStatus again after the executions (duplicates are normal at IB).
        _outbox.ToClient(order.ClientId, OrderWire.Status(order));
        OcaFilled(order, quantity, now);
    }

    private ExecDetailsMessage Record(BookOrder order, Contract contract, string execId, string time, bool bought, decimal shares, decimal price, CommissionReport? commission)
    {
        var execution = new Tws.Protocol.Models.Execution
        {
            OrderId = order.OrderId,
            ClientId = order.ClientId,
            ExecId = execId,
            Time = time,
            AcctNumber = _settings.Account,
            Exchange = "CBOE",
            Side = bought ? "BOT" : "SLD",
            Shares = shares,
            Price = price,
            PermId = order.PermId,
            CumQty = shares,
            AvgPrice = price,
            OrderRef = order.Order.OrderRef,
            LastLiquidity = 1,
        };
        var message = new ExecDetailsMessage(-1, contract, execution);
        _executions.Add((message, commission));
        return message;
    }

    private static string NextExecId(int fill, int part) =>
        string.Create(CultureInfo.InvariantCulture, $"0000c0d0.{fill:x8}.{part:D2}.01");

    /// <summary>IB's execution filter: every non-empty field must match; Time keeps executions at or after it.</summary>
    private bool Matches(ExecDetailsMessage exec, ExecutionFilter filter) =>
        (filter.ClientId == 0 || exec.Execution.ClientId == filter.ClientId)
        && (filter.AcctCode.Length == 0 || string.Equals(filter.AcctCode, exec.Execution.AcctNumber, StringComparison.OrdinalIgnoreCase))
        && (filter.Exchange.Length == 0 || string.Equals(filter.Exchange, exec.Execution.Exchange, StringComparison.OrdinalIgnoreCase))
        && (filter.Time.Length == 0 || GatewayTime.Parse(exec.Execution.Time) >= GatewayTime.Parse(filter.Time, _loginZone))
        && (filter.Symbol.Length == 0 || string.Equals(filter.Symbol, exec.Contract.Symbol, StringComparison.OrdinalIgnoreCase))
        && (filter.SecType.Length == 0 || string.Equals(filter.SecType, exec.Contract.SecType, StringComparison.OrdinalIgnoreCase))
        && (filter.Side.Length == 0 || string.Equals(filter.Side, exec.Execution.Side, StringComparison.OrdinalIgnoreCase));
}
