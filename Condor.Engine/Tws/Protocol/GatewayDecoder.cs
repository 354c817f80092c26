using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Protocol;

/// <summary>Gateway side (the simulator): client → gateway field lists to typed requests. Never throws on bad input.</summary>
internal static class GatewayDecoder
{
    private static readonly Dictionary<int, Func<FieldReader, ITwsRequest>> Readers = new()
    {
        [StartApiRequest.MessageId] = StartApiRequest.Read,
        [ReqIdsRequest.MessageId] = ReqIdsRequest.Read,
        [ReqCurrentTimeRequest.MessageId] = ReqCurrentTimeRequest.Read,
        [ReqMarketDataTypeRequest.MessageId] = ReqMarketDataTypeRequest.Read,
        [ReqContractDetailsRequest.MessageId] = ReqContractDetailsRequest.Read,
        [ReqSecDefOptParamsRequest.MessageId] = ReqSecDefOptParamsRequest.Read,
        [ReqMktDataRequest.MessageId] = ReqMktDataRequest.Read,
        [CancelMktDataRequest.MessageId] = CancelMktDataRequest.Read,
        [PlaceOrderRequest.MessageId] = PlaceOrderRequest.Read,
        [CancelOrderRequest.MessageId] = CancelOrderRequest.Read,
        [ReqGlobalCancelRequest.MessageId] = ReqGlobalCancelRequest.Read,
        [ReqPositionsRequest.MessageId] = ReqPositionsRequest.Read,
        [CancelPositionsRequest.MessageId] = CancelPositionsRequest.Read,
        [ReqOpenOrdersRequest.MessageId] = ReqOpenOrdersRequest.Read,
        [ReqAllOpenOrdersRequest.MessageId] = ReqAllOpenOrdersRequest.Read,
        [ReqAutoOpenOrdersRequest.MessageId] = ReqAutoOpenOrdersRequest.Read,
        [ReqCompletedOrdersRequest.MessageId] = ReqCompletedOrdersRequest.Read,
        [ReqExecutionsRequest.MessageId] = ReqExecutionsRequest.Read,
        [ReqAccountSummaryRequest.MessageId] = ReqAccountSummaryRequest.Read,
        [ReqPnLRequest.MessageId] = ReqPnLRequest.Read,
        [CancelAccountSummaryRequest.MessageId] = CancelAccountSummaryRequest.Read,
        [CancelPnLRequest.MessageId] = CancelPnLRequest.Read,
    };

    public static IReadOnlyCollection<int> KnownMessageIds => Readers.Keys;

    public static DecodeOutcome Decode(IReadOnlyList<string> fields) =>
        DecoderCore.Decode(fields, Readers, request => new DecodedRequest(request));

    /// <summary>Decodes a frame body (without its 4-byte length prefix).</summary>
    public static DecodeOutcome DecodeBody(ReadOnlySpan<byte> body) => DecoderCore.DecodeBody(body, Decode);
}
