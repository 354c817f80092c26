namespace Condor.Engine.Tws.Client;

/// <summary>Which open orders <see cref="TwsClient.GetOpenOrdersAsync"/> asks for.</summary>
internal enum OpenOrdersScope
{
    /// <summary>reqOpenOrders: the orders of this client id.</summary>
    ThisClient = 0,

    /// <summary>reqAllOpenOrders: every API client's and TWS's orders.</summary>
    AllClients,
}
