using System.Globalization;
using Condor.Engine.Broker;
using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Mapping;

/// <summary>commissionReport, position and accountSummary → their typed values.</summary>
internal static class AccountMapping
{
    public static CommissionReported MapCommission(CommissionReportMessage message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        var c = message.CommissionReport;
        return new CommissionReported(c.ExecId, c.Commission, c.Currency, c.RealizedPnl, receivedAt);
    }

    /// <summary>The typed position; null when the gateway left the quantity unset.</summary>
    public static PositionReported? MapPosition(PositionMessage message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Position is not { } quantity)
        {
            return null;
        }

        var c = message.Contract;
        var isOption = c.SecType is "OPT" or "FOP";
        return new PositionReported(
            message.Account,
            c.ConId,
            c.Symbol,
            c.SecType,
            isOption ? IbTime.ParseDate(c.LastTradeDateOrContractMonth) : null,
            isOption ? c.Strike : null,
            isOption ? ParseRight(c.Right) : null,
            quantity,
            message.AvgCost,
            receivedAt);
    }

    public static AccountValueReported MapAccountValue(AccountSummaryMessage message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        var amount = message.Value.Length > 0
            && !WireText.IsDoubleMaxText(message.Value)
            && decimal.TryParse(message.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : (decimal?)null;
        return new AccountValueReported(message.Account, message.Tag, message.Value, amount, message.Currency, receivedAt);
    }

    /// <summary>An error naming an order id → <see cref="OrderErrorReported"/> (the caller decides that the id is an order's).</summary>
    public static OrderErrorReported MapOrderError(ErrorMessage message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new OrderErrorReported(message.Id, message.ErrorCode, message.ErrorMsg, message.AdvancedOrderRejectJson, receivedAt);
    }

    /// <summary>IB's right text: P/PUT or C/CALL; null otherwise.</summary>
    public static OptionRight? ParseRight(string? text) => text switch
    {
        "P" or "PUT" => OptionRight.Put,
        "C" or "CALL" => OptionRight.Call,
        _ => null,
    };
}
