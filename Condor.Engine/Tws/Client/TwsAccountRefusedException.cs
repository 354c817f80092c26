namespace Condor.Engine.Tws.Client;

/// <summary>The account guard refused an order before anything was sent (see <see cref="AccountGuard"/>).</summary>
internal sealed class TwsAccountRefusedException : InvalidOperationException
{
    public TwsAccountRefusedException(string message)
        : base(message)
    {
    }

    public TwsAccountRefusedException()
    {
    }

    public TwsAccountRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
