namespace Condor.Engine.Tws.Client;

/// <summary>IB code 326: the gateway refused the connection because another API client uses the same client id.</summary>
internal sealed class TwsClientIdInUseException : InvalidOperationException
{
    public TwsClientIdInUseException(string message)
        : base(message)
    {
    }

    public TwsClientIdInUseException()
    {
    }

    public TwsClientIdInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
