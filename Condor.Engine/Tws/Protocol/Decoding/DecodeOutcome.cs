namespace Condor.Engine.Tws.Protocol.Decoding;

/// <summary>What a decoder made of one frame. Decoders never throw on bad input: they return one of these.</summary>
internal abstract record DecodeOutcome;
