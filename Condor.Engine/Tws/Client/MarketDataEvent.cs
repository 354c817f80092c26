using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// One market-data message for a subscription, with the local receive time. <see cref="Message"/> is one of
/// <see cref="TickPriceMessage"/>, <see cref="TickSizeMessage"/>, <see cref="TickOptionComputationMessage"/>
/// ("not computed" greeks are null), <see cref="TickGenericMessage"/>, <see cref="TickStringMessage"/>,
/// <see cref="TickReqParamsMessage"/>, <see cref="MarketDataTypeMessage"/> or <see cref="TickSnapshotEndMessage"/>.
/// </summary>
internal sealed record MarketDataEvent(int TickerId, DateTimeOffset ReceivedAt, IIncomingMessage Message);
