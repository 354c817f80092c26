namespace Condor.Engine.Tws.Transport;

/// <summary>
/// A message could not be sent, or a request could not be answered, because there is no live session to the
/// gateway (never connected, lost, or disconnected). The outcome of anything in flight is unknown: reconcile.
/// </summary>
internal sealed class TwsConnectionLostException : Exception
{
    public TwsConnectionLostException(string message)
        : base(message)
    {
    }

    public TwsConnectionLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
