using Condor.Engine.Broker;
using Condor.Engine.Market;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Tws.Mapping;

public sealed class ExecutionMappingTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 23, 14, 32, 4, TimeSpan.Zero);

    private static readonly DateTimeOffset ExecutedAt = new(2026, 11, 23, 14, 32, 3, TimeSpan.Zero);

    [Fact]
    public void Map_GoldenComboFill_IsTheComboLevelReportAtTheGatewayTime()
    {
        var executed = ExecutionMapping.Map(GoldenMessages.Single<ExecDetailsMessage>("execDetails_combo"), ReceivedAt, null)!;

        Assert.True(executed.IsCombo);
        Assert.Equal(28812380, executed.ConId);
        Assert.Equal("0000e1a7.6741c2b3.01.01", executed.ExecId);
        Assert.Equal(ExecutedAt, executed.ExecutedAt);
        Assert.Equal(ReceivedAt, executed.ReceivedAt);
        Assert.Equal(101, executed.OrderId);
    }

    [Theory]
    [InlineData("execDetails_leg_long_put", 780112201, "Bought")]
    [InlineData("execDetails_leg_short_put", 780112202, "Sold")]
    [InlineData("execDetails_leg_short_call", 780112203, "Sold")]
    [InlineData("execDetails_leg_long_call", 780112204, "Bought")]
    public void Map_GoldenLegFill_CarriesLegSideAndIdentity(string record, int conId, string side)
    {
        var message = GoldenMessages.Single<ExecDetailsMessage>(record);

        var executed = ExecutionMapping.Map(message, ReceivedAt, ExchangeTime.NewYork)!;

        Assert.False(executed.IsCombo);
        Assert.Equal((conId, Enum.Parse<FillSide>(side)), (executed.ConId, executed.Side));
        Assert.Equal(message.Execution.Price, executed.Price);
        Assert.Equal(message.Execution.Shares, executed.Quantity);
        Assert.Equal(message.Execution.OrderRef, executed.OrderRef);
        Assert.Equal(message.Execution.ClientId, executed.ClientId);
        Assert.Equal(message.Execution.PermId, executed.PermId);
        Assert.Equal(ExecutedAt, executed.ExecutedAt);
    }

    [Theory]
    [InlineData("BUY")]
    [InlineData("")]
    public void Map_UnknownSide_Null(string side)
    {
        var message = GoldenMessages.Single<ExecDetailsMessage>("execDetails_leg_short_put");

        Assert.Null(ExecutionMapping.Map(message with { Execution = message.Execution with { Side = side } }, ReceivedAt, null));
    }

    [Fact]
    public void Map_UnsetQuantity_Null()
    {
        var message = GoldenMessages.Single<ExecDetailsMessage>("execDetails_leg_short_put");

        Assert.Null(ExecutionMapping.Map(message with { Execution = message.Execution with { Shares = null } }, ReceivedAt, null));
    }

    [Fact]
    public void Map_TimeWithoutZoneAndZoneUnknown_ExecutionKeptWithoutGatewayTime()
    {
        var message = GoldenMessages.Single<ExecDetailsMessage>("execDetails_leg_short_put");

        var executed = ExecutionMapping.Map(message with { Execution = message.Execution with { Time = "20261123  09:32:03" } }, ReceivedAt, null)!;

        Assert.Null(executed.ExecutedAt);
        Assert.Equal(FillSide.Sold, executed.Side);
    }

    [Fact]
    public void Map_TimeWithoutZone_ReadInTheGatewayZone()
    {
        var message = GoldenMessages.Single<ExecDetailsMessage>("execDetails_leg_short_put");
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var executed = ExecutionMapping.Map(message with { Execution = message.Execution with { Time = "20261123  15:32:03" } }, ReceivedAt, berlin)!;

        Assert.Equal(ExecutedAt, executed.ExecutedAt);
    }
}
