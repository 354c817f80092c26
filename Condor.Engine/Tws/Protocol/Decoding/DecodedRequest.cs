using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Protocol.Decoding;

/// <summary>Gateway side: the typed request a client sent.</summary>
internal sealed record DecodedRequest(ITwsRequest Request) : DecodeOutcome;
