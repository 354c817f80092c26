using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Mapping;

/// <summary>execDetails → <see cref="OrderExecuted"/>, with the execution time parsed by <see cref="IbTime"/>.</summary>
internal static class ExecutionMapping
{
    /// <summary>IB's execution side text: BOT or SLD; null for anything else.</summary>
    public static FillSide? ParseSide(string? text) => text switch
    {
        "BOT" => FillSide.Bought,
        "SLD" => FillSide.Sold,
        _ => null,
    };

    /// <summary>
    /// The typed execution; null when the side, quantity or price is missing (the caller logs it: an execution
    /// that cannot be read must be reconciled, never guessed).
    /// </summary>
    /// <param name="message">The decoded execDetails.</param>
    /// <param name="receivedAt">Local receive time of the frame.</param>
    /// <param name="gatewayZone">The gateway's local zone, for an execution time without a zone; null when unknown (such a time is then null).</param>
    public static OrderExecuted? Map(ExecDetailsMessage message, DateTimeOffset receivedAt, TimeZoneInfo? gatewayZone)
    {
        ArgumentNullException.ThrowIfNull(message);
        var e = message.Execution;
        if (ParseSide(e.Side) is not { } side || e.Shares is not { } quantity || e.Price is not { } price)
        {
            return null;
        }

        return new OrderExecuted(
            e.ExecId,
            e.ClientId,
            e.OrderId,
            e.PermId > 0 ? e.PermId : null,
            e.OrderRef,
            e.AcctNumber,
            message.Contract.ConId,
            message.Contract.IsBag,
            side,
            quantity,
            price,
            e.CumQty,
            e.AvgPrice,
            IbTime.Parse(e.Time, gatewayZone),
            receivedAt);
    }
}
