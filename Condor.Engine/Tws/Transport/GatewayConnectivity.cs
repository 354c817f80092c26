namespace Condor.Engine.Tws.Transport;

/// <summary>The gateway's link to IB's servers, as its connectivity codes report it (<see cref="TwsErrorClassifier.Connectivity"/>).</summary>
internal enum GatewayConnectivity
{
    /// <summary>1100: the gateway lost IB; the socket to the gateway may still be fine.</summary>
    Lost,

    /// <summary>1101: restored, market data lost: resubscribe, reconcile.</summary>
    RestoredDataLost,

    /// <summary>1102: restored, subscriptions kept: reconcile.</summary>
    RestoredDataMaintained,

    /// <summary>2110: the link between TWS and IB's server is broken; IB restores it automatically.</summary>
    ServerLinkBroken,

    /// <summary>2103 / 2105 / 2157: a market-data, historical or sec-def farm is broken.</summary>
    FarmBroken,

    /// <summary>2104 / 2106 / 2158 (OK), 2107 / 2108 (inactive, available on demand): the named farm is usable.</summary>
    FarmOk,
}
