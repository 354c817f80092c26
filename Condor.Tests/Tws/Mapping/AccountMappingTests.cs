using Condor.Engine.Market;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Tws.Mapping;

public sealed class AccountMappingTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 23, 14, 40, 0, TimeSpan.Zero);

    [Fact]
    public void MapCommission_GoldenOpeningFill_UnsetRealizedPnlIsNull()
    {
        var commission = AccountMapping.MapCommission(GoldenMessages.Single<CommissionReportMessage>("commissionReport"), ReceivedAt);

        Assert.Equal(("0000e1a7.6741c2b3.03.01", (decimal?)0.66m, "USD", (decimal?)null), (commission.ExecId, commission.Commission, commission.Currency, commission.RealizedPnl));
        Assert.Equal(ReceivedAt, commission.ReceivedAt);
    }

    [Fact]
    public void MapPosition_GoldenShortPut_IsTheTypedLeg()
    {
        var position = AccountMapping.MapPosition(GoldenMessages.Single<PositionMessage>("position"), ReceivedAt)!;

        Assert.Equal(("DU1234567", 780112202, -1m), (position.Account, position.ConId, position.Quantity));
        Assert.Equal((new DateOnly(2026, 11, 23), (decimal?)5750m, (OptionRight?)OptionRight.Put), (position.Expiry!.Value, position.Strike, position.Right));
        Assert.Equal(319.3515m, position.AvgCost);
    }

    [Fact]
    public void MapPosition_Index_HasNoOptionFields()
    {
        var message = new PositionMessage("DU1", new Contract { ConId = 416904, Symbol = "SPX", SecType = "IND" }, 2, 10);

        var position = AccountMapping.MapPosition(message, ReceivedAt)!;

        Assert.Equal(((DateOnly?)null, (decimal?)null, (OptionRight?)null), (position.Expiry, position.Strike, position.Right));
    }

    [Fact]
    public void MapPosition_UnsetQuantity_Null() =>
        Assert.Null(AccountMapping.MapPosition(new PositionMessage("DU1", new Contract { SecType = "OPT" }, null, null), ReceivedAt));

    [Theory]
    [InlineData("accountSummary_NetLiquidation", "NetLiquidation", "250121.83")]
    [InlineData("accountSummary_AvailableFunds", "AvailableFunds", "193266.71")]
    public void MapAccountValue_GoldenAmount_IsDecimal(string record, string tag, string amount)
    {
        var value = AccountMapping.MapAccountValue(GoldenMessages.Single<AccountSummaryMessage>(record), ReceivedAt);

        Assert.Equal((tag, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "USD"), (value.Tag, value.Amount!.Value, value.Currency));
    }

    [Theory]
    [InlineData("INDIVIDUAL")]
    [InlineData("")]
    [InlineData("1.7976931348623157E308")]
    public void MapAccountValue_TextOrUnset_NoAmount(string text) =>
        Assert.Null(AccountMapping.MapAccountValue(new AccountSummaryMessage(1, "DU1", "AccountType", text, ""), ReceivedAt).Amount);

    [Fact]
    public void MapOrderError_GoldenRejection_KeepsCodeTextAndRejectJson()
    {
        var error = AccountMapping.MapOrderError(GoldenMessages.Single<ErrorMessage>("error_order_rejected_201"), ReceivedAt);

        Assert.Equal((106, 201), (error.OrderId, error.Code));
        Assert.StartsWith("Order rejected", error.Message, StringComparison.Ordinal);
        Assert.Contains("INSUFFICIENT_MARGIN", error.AdvancedRejectJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P", "Put")]
    [InlineData("PUT", "Put")]
    [InlineData("C", "Call")]
    [InlineData("CALL", "Call")]
    public void ParseRight_IbText_IsTheRight(string text, string right) => Assert.Equal(Enum.Parse<OptionRight>(right), AccountMapping.ParseRight(text));

    [Theory]
    [InlineData("?")]
    [InlineData("")]
    public void ParseRight_Other_Null(string text) => Assert.Null(AccountMapping.ParseRight(text));
}
