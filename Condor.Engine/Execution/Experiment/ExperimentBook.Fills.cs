using System.Globalization;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Experiment;

/// <summary>Fills: executions (the BAG's and each leg's), commissions, the experiment's positions.</summary>
internal sealed partial class ExperimentBook
{
    /// <summary>
    /// Execution ids of the experiment start with "exp" (IB's are hex), so one can never be taken for a real one:
    /// <c>exp00000.&lt;fill, hex&gt;.&lt;part&gt;.01</c>, part 01 the BAG, 02… the legs.
    /// </summary>
    public const string ExecIdPrefix = "exp00000.";

    private readonly List<(ExecDetailsMessage Exec, CommissionReport? Commission)> _executions = [];
    private readonly Dictionary<int, HeldLeg> _positions = [];
    private int _fillSequence;

    /// <summary>Every execution so far, each leg's with its commission.</summary>
    public IReadOnlyList<(ExecDetailsMessage Exec, CommissionReport? Commission)> Executions => _executions;

    /// <summary>The experiment's positions by leg conId (closed ones stay at 0 for the day, as IB reports them).</summary>
    public IReadOnlyDictionary<int, HeldLeg> Positions => _positions;

    private void Fill(ExperimentOrder order, int quantity, decimal price, ComboQuote quote, DateTimeOffset now, List<IIncomingMessage> reports)
    {
        var legModels = order.Legs.Select(l => l.Model).ToList();
        var legPrices = LegPrices.Allocate(legModels, quote, price);
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
        var time = IbTime.Format(now);
        var bought = order.Model.Side == TradeSide.Buy;
        reports.Add(ExperimentWire.Status(order));
        reports.Add(ExperimentWire.Open(order, Account));
        if (order.Contract.IsBag)
        {
            reports.Add(Record(order, order.Contract, ExecId(fill, 1), time, bought, quantity, price, order.Filled, order.AverageFillPrice, null));
        }

        var commissions = new List<CommissionReportMessage>();
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var leg = order.Legs[i];
            var legQuantity = leg.Model.Ratio * quantity;
            var commission = new CommissionReport
            {
                ExecId = ExecId(fill, i + 2),
                Commission = legQuantity * commissionPerContract,
                Currency = "USD",
            };
            var legBought = leg.BoughtWhen(order.Model.Side);
            reports.Add(Record(order, leg.Contract, commission.ExecId, time, legBought, legQuantity, legPrices[i], legQuantity, legPrices[i], commission));
            commissions.Add(new CommissionReportMessage(commission));
            Hold(leg, legBought ? legQuantity : -legQuantity, legPrices[i]);
        }

        reports.AddRange(commissions);

        // IB sends the fill's orderStatus again after the executions (duplicates are normal at IB).
        reports.Add(ExperimentWire.Status(order));
        OcaFilled(order, quantity, now, reports);
    }

    private ExecDetailsMessage Record(
        ExperimentOrder order, Contract contract, string execId, string time, bool bought, decimal shares, decimal price,
        decimal cumulative, decimal? average, CommissionReport? commission)
    {
        var execution = new Tws.Protocol.Models.Execution
        {
            OrderId = order.OrderId,
            ClientId = order.ClientId,
            ExecId = execId,
            Time = time,
            AcctNumber = Account,
            Exchange = "CBOE",
            Side = bought ? "BOT" : "SLD",
            Shares = shares,
            Price = price,
            PermId = order.PermId,
            CumQty = cumulative,
            AvgPrice = average ?? price,
            OrderRef = order.Order.OrderRef,
            LastLiquidity = 1,
        };
        var message = new ExecDetailsMessage(-1, contract with { Exchange = "CBOE" }, execution);
        _executions.Add((message, commission));
        return message;
    }

    /// <summary>Applies a signed leg fill to the positions: average price kept when reducing, new when flipping.</summary>
    private void Hold(ExperimentLeg leg, int signedQuantity, decimal price)
    {
        var line = _positions.TryGetValue(leg.ConId, out var held) ? held : new HeldLeg(leg, 0, 0);
        var quantity = checked(line.Quantity + signedQuantity);
        decimal average;
        if (line.Quantity == 0 || Math.Sign(line.Quantity) == Math.Sign(signedQuantity))
        {
            average = ((Math.Abs(line.Quantity) * line.AveragePrice) + (Math.Abs(signedQuantity) * price)) / Math.Abs(quantity);
        }
        else
        {
            average = quantity == 0 ? 0 : Math.Sign(quantity) == Math.Sign(line.Quantity) ? line.AveragePrice : price;
        }

        _positions[leg.ConId] = new HeldLeg(leg, quantity, average);
    }

    private static string ExecId(int fill, int part) =>
        string.Create(CultureInfo.InvariantCulture, $"{ExecIdPrefix}{fill:x8}.{part:D2}.01");
}

/// <summary>One leg the experiment holds: signed quantity (negative = short) and average price per share.</summary>
internal sealed record HeldLeg(ExperimentLeg Leg, int Quantity, decimal AveragePrice);
