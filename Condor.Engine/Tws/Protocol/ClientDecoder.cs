using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Protocol;

/// <summary>
/// Condor's side: gateway → client field lists to typed messages, in the order IB's client makes its
/// callbacks. Unknown ids and malformed fields come back as results; nothing throws for bad input.
/// </summary>
internal static class ClientDecoder
{
    private static readonly Dictionary<int, Func<FieldReader, IReadOnlyList<IIncomingMessage>>> Readers = new()
    {
        [TickPriceMessage.MessageId] = r => WithSize(TickPriceMessage.Read(r)),
        [TickSizeMessage.MessageId] = r => [TickSizeMessage.Read(r)],
        [OrderStatusMessage.MessageId] = r => [OrderStatusMessage.Read(r)],
        [ErrorMessage.MessageId] = r => [ErrorMessage.Read(r)],
        [OpenOrderMessage.MessageId] = r => [OpenOrderMessage.Read(r)],
        [NextValidIdMessage.MessageId] = r => [NextValidIdMessage.Read(r)],
        [ContractDetailsMessage.MessageId] = r => [ContractDetailsMessage.Read(r)],
        [ExecDetailsMessage.MessageId] = r => [ExecDetailsMessage.Read(r)],
        [ManagedAccountsMessage.MessageId] = r => [ManagedAccountsMessage.Read(r)],
        [TickOptionComputationMessage.MessageId] = r => [TickOptionComputationMessage.Read(r)],
        [TickGenericMessage.MessageId] = r => [TickGenericMessage.Read(r)],
        [TickStringMessage.MessageId] = r => [TickStringMessage.Read(r)],
        [CurrentTimeMessage.MessageId] = r => [CurrentTimeMessage.Read(r)],
        [ContractDetailsEndMessage.MessageId] = r => [ContractDetailsEndMessage.Read(r)],
        [OpenOrderEndMessage.MessageId] = r => [OpenOrderEndMessage.Read(r)],
        [ExecDetailsEndMessage.MessageId] = r => [ExecDetailsEndMessage.Read(r)],
        [TickSnapshotEndMessage.MessageId] = r => [TickSnapshotEndMessage.Read(r)],
        [MarketDataTypeMessage.MessageId] = r => [MarketDataTypeMessage.Read(r)],
        [CommissionReportMessage.MessageId] = r => [CommissionReportMessage.Read(r)],
        [PositionMessage.MessageId] = r => [PositionMessage.Read(r)],
        [PositionEndMessage.MessageId] = r => [PositionEndMessage.Read(r)],
        [AccountSummaryMessage.MessageId] = r => [AccountSummaryMessage.Read(r)],
        [AccountSummaryEndMessage.MessageId] = r => [AccountSummaryEndMessage.Read(r)],
        [SecurityDefinitionOptionParameterMessage.MessageId] = r => [SecurityDefinitionOptionParameterMessage.Read(r)],
        [SecurityDefinitionOptionParameterEndMessage.MessageId] = r => [SecurityDefinitionOptionParameterEndMessage.Read(r)],
        [TickReqParamsMessage.MessageId] = r => [TickReqParamsMessage.Read(r)],
        [PnlMessage.MessageId] = r => [PnlMessage.Read(r)],
        [CompletedOrderMessage.MessageId] = r => [CompletedOrderMessage.Read(r)],
        [CompletedOrdersEndMessage.MessageId] = r => [CompletedOrdersEndMessage.Read(r)],
    };

    public static IReadOnlyCollection<int> KnownMessageIds => Readers.Keys;

    public static DecodeOutcome Decode(IReadOnlyList<string> fields) =>
        DecoderCore.Decode(fields, Readers, messages => new DecodedMessages(messages));

    /// <summary>Decodes a frame body (without its 4-byte length prefix).</summary>
    public static DecodeOutcome DecodeBody(ReadOnlySpan<byte> body) => DecoderCore.DecodeBody(body, Decode);

    /// <summary>The handshake reply (server version, connection time): it has no message id.</summary>
    public static DecodeOutcome DecodeConnectAck(IReadOnlyList<string> fields) =>
        DecoderCore.Read<IIncomingMessage>("connectAck", fields ?? [], ConnectAckMessage.Read, m => new DecodedMessages([m]));

    private static IReadOnlyList<IIncomingMessage> WithSize(TickPriceMessage tick) =>
        tick.SizeTickType is { } sizeType ? [tick, new TickSizeMessage(tick.TickerId, sizeType, tick.Size)] : [tick];
}
