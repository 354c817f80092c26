using System.Globalization;

namespace Condor.Engine.Tws.Transport;

/// <summary>The gateway answered the handshake with a server version Condor does not speak (it needs exactly 177).</summary>
internal sealed class TwsServerVersionException : Exception
{
    public TwsServerVersionException(int serverVersion, int requiredVersion)
        : base(Describe(serverVersion, requiredVersion))
    {
        ServerVersion = serverVersion;
        RequiredVersion = requiredVersion;
    }

    /// <summary>The version the gateway answered.</summary>
    public int ServerVersion { get; }

    /// <summary>The version Condor needs.</summary>
    public int RequiredVersion { get; }

    private static string Describe(int serverVersion, int requiredVersion)
    {
        var advice = serverVersion < requiredVersion
            ? "Update IB Gateway / TWS to a release that supports API server version " + requiredVersion.ToString(CultureInfo.InvariantCulture) + "."
            : "The gateway chose a version outside the announced range " + HandshakeProtocol.VersionRange + ".";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The gateway answered with server version {serverVersion}, but Condor requires server version {requiredVersion}. {advice}");
    }
}
