namespace Condor.Engine.Tws.Transport;

/// <summary>
/// Tracks the gateway's link to IB and its data farms from the codes <see cref="TwsErrorClassifier.Connectivity"/>
/// maps (1100 / 1101 / 1102 / 2110 and the farm status messages). The client layer feeds it every error frame
/// and calls <see cref="Reset"/> when a new socket session starts. Thread-safe.
/// </summary>
internal sealed class GatewayHealth
{
    private readonly Lock _lock = new();
    private readonly SortedSet<string> _brokenFarms = new(StringComparer.OrdinalIgnoreCase);
    private bool _ibLinkUp = true;

    public GatewayHealthSnapshot Snapshot
    {
        get
        {
            lock (_lock)
            {
                return new GatewayHealthSnapshot(_ibLinkUp, [.. _brokenFarms]);
            }
        }
    }

    /// <summary>Applies one gateway message; true when the health changed.</summary>
    public bool Observe(int code, string message)
    {
        var signal = TwsErrorClassifier.Connectivity(code);
        if (signal is null)
        {
            return false;
        }

        lock (_lock)
        {
            switch (signal.Value)
            {
                case GatewayConnectivity.Lost or GatewayConnectivity.ServerLinkBroken:
                    return Set(ref _ibLinkUp, false);
                case GatewayConnectivity.RestoredDataLost or GatewayConnectivity.RestoredDataMaintained:
                    return Set(ref _ibLinkUp, true);
                case GatewayConnectivity.FarmBroken:
                    return _brokenFarms.Add(FarmName(code, message));
                case GatewayConnectivity.FarmOk:
                    return _brokenFarms.Remove(FarmName(code, message));
                default:
                    return false;
            }
        }
    }

    /// <summary>A new session: nothing is known to be broken.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _ibLinkUp = true;
            _brokenFarms.Clear();
        }
    }

    /// <summary>The farm named after the last ':' ("Market data farm connection is broken:usfarm" → usfarm).</summary>
    private static string FarmName(int code, string message)
    {
        var colon = message.LastIndexOf(':');
        var name = colon >= 0 ? message[(colon + 1)..].Trim() : "";
        return name.Length > 0 ? name : "farm-" + code.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Set(ref bool field, bool value)
    {
        var changed = field != value;
        field = value;
        return changed;
    }
}
