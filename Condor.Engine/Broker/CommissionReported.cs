namespace Condor.Engine.Broker;

/// <summary>
/// A commissionReport: the commission of one execution (by execId). IB may send it again with a corrected
/// amount. commissionReport carries no gateway time; only the local receive time.
/// </summary>
/// <param name="ExecId">The execution it belongs to.</param>
/// <param name="Commission">The commission; null when the gateway left it unset.</param>
/// <param name="Currency">Its currency (e.g. USD).</param>
/// <param name="RealizedPnl">Realized P/L of a closing execution; null (unset) for an opening one.</param>
/// <param name="ReceivedAt">Local receive time of the frame.</param>
internal sealed record CommissionReported(string ExecId, decimal? Commission, string Currency, decimal? RealizedPnl, DateTimeOffset ReceivedAt) : BrokerEvent(ReceivedAt);
