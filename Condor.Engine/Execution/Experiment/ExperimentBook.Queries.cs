using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Experiment;

/// <summary>What the experiment answers to the order queries: its own orders, executions and positions, as a gateway reports them.</summary>
internal sealed partial class ExperimentBook
{
    /// <summary>
    /// When a broker's overnight processing removes expired legs from the positions (ET, the day after the expiry):
    /// until then they stay, as at IB (the simulator's default too), and no execution is reported for them.
    /// </summary>
    public static readonly TimeOnly ExpiryProcessingTime = new(5, 0);

    /// <summary>The working orders (reqOpenOrders and reqAllOpenOrders both: the experiment has no other client's).</summary>
    public IReadOnlyList<ExperimentOrder> WorkingOrders() => [.. _orders.Values.Where(o => o.IsWorking)];

    /// <summary>Today's filled and cancelled orders (reqCompletedOrders).</summary>
    public IReadOnlyList<CompletedOrderMessage> CompletedOrders() =>
        [.. _orders.Values.Where(o => !o.IsWorking).Select(o => ExperimentWire.Completed(o, Account))];

    /// <summary>
    /// reqExecutions: the executions of the current ET session date matching the filter as IB applies it (every
    /// non-empty field must match; Time keeps executions at or after it), each leg's with its commission.
    /// </summary>
    public IReadOnlyList<(ExecDetailsMessage Exec, CommissionReport? Commission)> ExecutionsMatching(ExecutionFilter filter, DateTimeOffset now, TimeZoneInfo localZone)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = ExchangeTime.SessionDateOf(now);
        return [.. _executions.Where(e => IbTime.Parse(e.Exec.Execution.Time, localZone) is { } at
            && ExchangeTime.SessionDateOf(at) == today
            && Matches(e.Exec, at, filter, localZone))];
    }

    /// <summary>The experiment's positions as position messages; expired legs leave after the overnight processing.</summary>
    public IReadOnlyList<PositionMessage> PositionReports(DateTimeOffset now) =>
        [.. _positions.Values
            .Where(p => now < ExchangeTime.AtNewYork(p.Leg.Expiry.AddDays(1), ExpiryProcessingTime))
            .Select(p => new PositionMessage(
                Account,
                p.Leg.Contract with { Exchange = string.Empty },
                p.Quantity,
                p.Quantity == 0 ? 0 : (p.AveragePrice * 100) + (Math.Sign(p.Quantity) * commissionPerContract)))];

    private static bool Matches(ExecDetailsMessage exec, DateTimeOffset at, ExecutionFilter filter, TimeZoneInfo localZone) =>
        (filter.ClientId == 0 || exec.Execution.ClientId == filter.ClientId)
        && (filter.AcctCode.Length == 0 || string.Equals(filter.AcctCode, exec.Execution.AcctNumber, StringComparison.OrdinalIgnoreCase))
        && (filter.Exchange.Length == 0 || string.Equals(filter.Exchange, exec.Execution.Exchange, StringComparison.OrdinalIgnoreCase))
        && (filter.Time.Length == 0 || (IbTime.Parse(filter.Time, localZone) is { } from && at >= from))
        && (filter.Symbol.Length == 0 || string.Equals(filter.Symbol, exec.Contract.Symbol, StringComparison.OrdinalIgnoreCase))
        && (filter.SecType.Length == 0 || string.Equals(filter.SecType, exec.Contract.SecType, StringComparison.OrdinalIgnoreCase))
        && (filter.Side.Length == 0 || string.Equals(filter.Side, exec.Execution.Side, StringComparison.OrdinalIgnoreCase));
}
