using Condor.Engine.Broker;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Tws.Mapping;

public sealed class OrderStatusMappingTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 23, 14, 32, 3, TimeSpan.Zero);

    public static TheoryData<string> Statuses => [.. Enum.GetNames<OrderStatus>()];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void ParseStatus_EveryDocumentedText_IsItsStatus(string status) =>
        Assert.Equal(Enum.Parse<OrderStatus>(status), OrderStatusMapping.ParseStatus(status));

    [Theory]
    [InlineData("Unknown")]
    [InlineData("submitted")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData(null)]
    public void ParseStatus_UndocumentedText_Null(string? text) => Assert.Null(OrderStatusMapping.ParseStatus(text));

    [Fact]
    public void Map_GoldenSubmitted_NothingFilledHasNoFillPrice()
    {
        var changed = OrderStatusMapping.Map(GoldenMessages.Single<OrderStatusMessage>("orderStatus_submitted"), ReceivedAt);

        Assert.Equal(new OrderStatusChanged(7, 101, 1851234567, OrderStatus.Submitted, 0, 1, null, null, 0, "", ReceivedAt), changed);
    }

    [Fact]
    public void Map_GoldenFilled_CarriesTheComboFillPrice()
    {
        var changed = OrderStatusMapping.Map(GoldenMessages.Single<OrderStatusMessage>("orderStatus_filled"), ReceivedAt)!;

        Assert.Equal(OrderStatus.Filled, changed.Status);
        Assert.Equal(1m, changed.Filled);
        Assert.Equal(0m, changed.Remaining);
        Assert.Equal(-4.8m, changed.AvgFillPrice);
        Assert.Equal(-4.8m, changed.LastFillPrice);
    }

    [Theory]
    [InlineData("orderStatus_presubmitted", "PreSubmitted", 105)]
    [InlineData("orderStatus_cancelled", "Cancelled", 103)]
    [InlineData("orderStatus_inactive", "Inactive", 106)]
    public void Map_GoldenStatus_IsTyped(string record, string status, int orderId)
    {
        var changed = OrderStatusMapping.Map(GoldenMessages.Single<OrderStatusMessage>(record), ReceivedAt)!;

        Assert.Equal((Enum.Parse<OrderStatus>(status), orderId, 7), (changed.Status, changed.OrderId, changed.ClientId));
    }

    [Fact]
    public void Map_UnsetFilledAndPermId_ZeroFilledNoPermId()
    {
        var message = new OrderStatusMessage(9, "PendingSubmit", null, null, null, 0, 0, null, 3, "", null);

        var changed = OrderStatusMapping.Map(message, ReceivedAt)!;

        Assert.Equal((0m, (decimal?)null, (long?)null, (decimal?)null), (changed.Filled, changed.Remaining, changed.PermId, changed.AvgFillPrice));
    }

    [Fact]
    public void Map_UndocumentedStatus_Null() =>
        Assert.Null(OrderStatusMapping.Map(new OrderStatusMessage(9, "Weird", 0, 1, 0, 5, 0, 0, 3, "", null), ReceivedAt));
}
