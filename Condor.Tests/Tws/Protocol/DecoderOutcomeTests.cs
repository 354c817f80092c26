using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Tws.Protocol;

public sealed class DecoderOutcomeTests
{
    [Fact]
    public void Decode_UnknownMessageId_ReturnsUnknownMessage()
    {
        var outcome = ClientDecoder.Decode(["999", "1", "x"]);

        Assert.Equal("999", Assert.IsType<UnknownMessage>(outcome).MessageId);
    }

    [Fact]
    public void Decode_FieldThatDoesNotParse_ReturnsMalformedWithReason()
    {
        var outcome = ClientDecoder.Decode(["9", "1", "abc"]);

        var malformed = Assert.IsType<MalformedMessage>(outcome);
        Assert.Equal("9", malformed.MessageId);
        Assert.Contains("abc", malformed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WrongVersion_ReturnsMalformed() =>
        Assert.IsType<MalformedMessage>(ClientDecoder.Decode(["4", "1", "-1", "2104", "x", ""]));

    [Fact]
    public void DecodeBody_NoTerminator_ReturnsMalformed() =>
        Assert.IsType<MalformedMessage>(GatewayDecoder.DecodeBody("8\01"u8));

    [Fact]
    public void DecodeBody_Empty_ReturnsMalformed() => Assert.IsType<MalformedMessage>(ClientDecoder.DecodeBody([]));

    [Fact]
    public void Decode_TickPriceClose_GivesNoSizeTick()
    {
        var outcome = Assert.IsType<DecodedMessages>(ClientDecoder.Decode(["1", "6", "4001", "9", "5848.12", "0", "0"]));

        Assert.IsType<TickPriceMessage>(Assert.Single(outcome.Messages));
    }

    [Fact]
    public void Decode_DelayedBid_GivesDelayedBidSize()
    {
        var outcome = Assert.IsType<DecodedMessages>(ClientDecoder.Decode(["1", "6", "7", "66", "3.1", "12", "0"]));

        var size = Assert.IsType<TickSizeMessage>(outcome.Messages[1]);
        Assert.Equal((69, 12m), (size.TickType, size.Size));
    }

    [Fact]
    public void Decode_OpenOrderWithConditionsAndAlgo_StaysInStep()
    {
        var fields = ProtocolEncoder.Fields(SampleOpenOrder()).ToList();
        var algoAt = fields.IndexOf("IB") + 3; // clearingIntent, notHeld, deltaNeutralContractPresent, then algoStrategy
        fields[algoAt] = "Adaptive";
        fields.InsertRange(algoAt + 1, ["1", "adaptivePriority", "Normal"]);
        var conditionsAt = fields.LastIndexOf("None") - 1;
        fields[conditionsAt] = "1";
        fields.InsertRange(conditionsAt + 1, ["3", "a", "1", "20261123 11:00:00", "0", "0"]);

        var decoded = Assert.IsType<DecodedMessages>(ClientDecoder.Decode(fields));

        var order = Assert.IsType<OpenOrderMessage>(Assert.Single(decoded.Messages));
        Assert.Equal(("condor-tp", 4), (order.Order.OrderRef, order.Contract.ComboLegs.Count));
    }

    [Fact]
    public void GatewayDecode_BagMarketDataRequest_ReadsLegsBack()
    {
        var legs = new[]
        {
            new ComboLeg { ConId = 1, Ratio = 1, Action = "BUY", Exchange = "SMART" },
            new ComboLeg { ConId = 2, Ratio = 1, Action = "SELL", Exchange = "SMART" },
        };
        var contract = new Contract { Symbol = "SPX", SecType = "BAG", Exchange = "SMART", Currency = "USD", ComboLegs = legs };
        var request = new ReqMktDataRequest(9, contract, "", false, false);

        var outcome = GatewayDecoder.Decode(ProtocolEncoder.Fields(request));

        var decoded = Assert.IsType<ReqMktDataRequest>(Assert.IsType<DecodedRequest>(outcome).Request);

        Assert.Equal(legs, decoded.Contract.ComboLegs);
    }

    [Fact]
    public void GatewayDecode_SingleOptionOrder_HasNoLegBlock()
    {
        var contract = new Contract
        {
            ConId = 5, Symbol = "SPX", SecType = "OPT", Strike = 5750m, Right = "P", Exchange = "SMART", Currency = "USD",
        };
        var order = new Order { Action = "SELL", TotalQuantity = 1, OrderType = "LMT", LmtPrice = 3.1m, Tif = "DAY" };
        var request = new PlaceOrderRequest(7, contract, order);

        var fields = ProtocolEncoder.Fields(request);
        var decoded = Assert.IsType<PlaceOrderRequest>(Assert.IsType<DecodedRequest>(GatewayDecoder.Decode(fields)).Request);

        Assert.Equal(149 - 35, fields.Length); // the 4-leg BAG order minus its 35-field leg block
        Assert.Equal((3.1m, 5750m), (decoded.Order.LmtPrice, decoded.Contract.Strike));
    }

    [Fact]
    public void SubscriptionCancels_WithoutGoldenRecords_WriteIbLayoutAndReadBack()
    {
        ITwsRequest[] requests = [new CancelAccountSummaryRequest(6001), new CancelPnLRequest(7001)];

        var fields = requests.Select(ProtocolEncoder.Fields).ToArray();
        var decoded = fields.Select(f => Assert.IsType<DecodedRequest>(GatewayDecoder.Decode(f)).Request);

        Assert.Equal(["63", "1", "6001"], fields[0]);
        Assert.Equal(["93", "7001"], fields[1]);
        Assert.Equal(requests, decoded);
    }

    [Fact]
    public void ClientHello_NotAHello_IsRefusedWithReason()
    {
        Assert.False(Handshake.TryParseClientHello("GET / HTTP/1.1"u8, out _, out _, out var reason));
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void DecodeConnectAck_ThreeFields_IsMalformed() =>
        Assert.IsType<MalformedMessage>(ClientDecoder.DecodeConnectAck(["177", "t", "x"]));

    private static OpenOrderMessage SampleOpenOrder()
    {
        var legs = Enumerable.Range(1, 4)
            .Select(i => new ComboLeg { ConId = i, Ratio = 1, Action = i is 2 or 3 ? "SELL" : "BUY", Exchange = "SMART", ExemptCode = -1 })
            .ToArray();
        var contract = new Contract
        {
            ConId = 28812380, Symbol = "SPX", SecType = "BAG", Right = "?", Exchange = "SMART", Currency = "USD", ComboLegs = legs,
        };
        var order = new Order
        {
            OrderId = 103, Action = "SELL", TotalQuantity = 1, OrderType = "LMT", LmtPrice = -3.64m, AuxPrice = 0, Tif = "DAY",
            OrderRef = "condor-tp",
        };
        return new OpenOrderMessage(103, contract, order, new OrderState { Status = "Submitted" });
    }
}
