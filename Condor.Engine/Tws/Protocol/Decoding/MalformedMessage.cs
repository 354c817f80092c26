namespace Condor.Engine.Tws.Protocol.Decoding;

/// <summary>A frame that does not follow the layout of its message id; <see cref="Reason"/> names the field.</summary>
internal sealed record MalformedMessage(string MessageId, string Reason, IReadOnlyList<string> Fields) : DecodeOutcome;
