using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// One market-data message for a subscription, with the local receive time. <see cref="Message"/> is one of
/// <see cref="TickPriceMessage"/>, <see cref="TickSizeMessage"/>, <see cref="TickOptionComputationMessage"/>
/// ("not computed" greeks are null), <see cref="TickGenericMessage"/>, <see cref="TickStringMessage"/>,
/// <see cref="TickReqParamsMessage"/>, <see cref="MarketDataTypeMessage"/>, <see cref="TickSnapshotEndMessage"/>, or an informational
/// <see cref="ErrorMessage"/> about the line (10090 part of the data not subscribed, 10167 delayed data shown).
/// </summary>
internal sealed record MarketDataEvent(int TickerId, DateTimeOffset ReceivedAt, IIncomingMessage Message);
