namespace Condor.Engine.Tws.Protocol.Decoding;

/// <summary>A well-formed frame whose message id this codec does not know: skip it, log it.</summary>
internal sealed record UnknownMessage(string MessageId, IReadOnlyList<string> Fields) : DecodeOutcome;
