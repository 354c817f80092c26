namespace Condor.Engine.Tws.Transport;

/// <summary>The gateway side found no server version in the client's announced range.</summary>
internal sealed class TwsVersionRefusedException : Exception
{
    public TwsVersionRefusedException()
    {
    }

    public TwsVersionRefusedException(string versionRange)
        : base($"No common server version with the client's range '{versionRange}'.")
    {
        VersionRange = versionRange;
    }

    public TwsVersionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string VersionRange { get; } = string.Empty;
}
