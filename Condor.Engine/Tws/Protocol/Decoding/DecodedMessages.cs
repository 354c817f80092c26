using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Protocol.Decoding;

/// <summary>Client side: the typed messages of one frame, in callback order (tickPrice gives tickPrice then tickSize).</summary>
internal sealed record DecodedMessages(IReadOnlyList<IIncomingMessage> Messages) : DecodeOutcome;
