namespace Condor.Engine.Tws.Transport;

/// <summary>
/// The byte stream broke the TWS framing rules (oversized length, body without NUL terminator, bad handshake
/// reply): the stream cannot be trusted any more and the connection is closed. The message carries the
/// offending bytes in hex (truncated).
/// </summary>
internal sealed class TwsProtocolException : Exception
{
    public TwsProtocolException(string message)
        : base(message)
    {
    }

    public TwsProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
