namespace Condor.Engine.Broker;

/// <summary>
/// One accountSummary row (e.g. NetLiquidation, AvailableFunds, AccountType). accountSummary carries no gateway time.
/// </summary>
/// <param name="Account">The account.</param>
/// <param name="Tag">IB's tag name.</param>
/// <param name="Value">The value as sent (some tags are text).</param>
/// <param name="Amount">The value as a number when it is one; null otherwise (or unset).</param>
/// <param name="Currency">Its currency; empty for text tags.</param>
/// <param name="ReceivedAt">Local receive time of the frame.</param>
internal sealed record AccountValueReported(string Account, string Tag, string Value, decimal? Amount, string Currency, DateTimeOffset ReceivedAt) : BrokerEvent(ReceivedAt);
