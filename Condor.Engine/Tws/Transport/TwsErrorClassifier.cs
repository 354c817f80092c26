namespace Condor.Engine.Tws.Transport;

/// <summary>
/// The one place that says what a TWS error code means (DESIGN.md section 4). Every listed code cites IB's
/// meaning. Codes not listed: IB's 2100–2199 range is warnings (<see cref="TwsErrorClass.Warning"/>), anything
/// else is <see cref="TwsErrorClass.Unknown"/>, which fails a live request carrying that id (fail closed: the
/// caller learns the code now instead of waiting for its timeout) and is otherwise logged as a warning. An
/// unknown code never fails an order placement: IB sends informational codes on live orders, so the client
/// keeps waiting for the acknowledgement and otherwise reports the placement as "unknown — reconcile".
/// </summary>
internal static class TwsErrorClassifier
{
    public static TwsErrorClass Classify(int code) => code switch
    {
        // informational: logged
        2104 => TwsErrorClass.Informational, // Market data farm connection is OK
        2106 => TwsErrorClass.Informational, // HMDS data farm connection is OK
        2107 => TwsErrorClass.Informational, // HMDS data farm connection is inactive but available upon demand
        2108 => TwsErrorClass.Informational, // Market data farm connection is inactive but available upon demand
        2119 => TwsErrorClass.Informational, // Market data farm is connecting
        2158 => TwsErrorClass.Informational, // Sec-def data farm connection is OK
        2109 => TwsErrorClass.Informational, // Order event warning: "Outside Regular Trading Hours" ignored
        2174 => TwsErrorClass.Informational, // Warning: date-time attributes without explicit time zone
        399 => TwsErrorClass.Informational, // Order message warning (e.g. held until the market opens)
        404 => TwsErrorClass.Informational, // Shares not available for short sale: the order is held while IB locates them
        10311 => TwsErrorClass.Informational, // The order will be directly routed (higher fees possible): it is sent
        10349 => TwsErrorClass.Informational, // Order TIF was set to DAY based on order preset: the order works and fills
        10167 => TwsErrorClass.Informational, // Requested market data is not subscribed: delayed data shown (stream goes on)
        10090 => TwsErrorClass.Informational, // Part of the requested market data is not subscribed (stream goes on)

        // connectivity: connection state; resubscribe / reconcile
        1100 => TwsErrorClass.Connectivity, // Connectivity between IB and TWS has been lost
        1101 => TwsErrorClass.Connectivity, // Connectivity restored, data lost: resubscribe
        1102 => TwsErrorClass.Connectivity, // Connectivity restored, data maintained
        2110 => TwsErrorClass.Connectivity, // Connectivity between TWS and server is broken; restored automatically
        326 => TwsErrorClass.Connectivity, // Unable to connect as the client id is already in use: the connection attempt ends

        // connectivity warnings: a data farm is broken (health, not a request failure)
        2103 => TwsErrorClass.ConnectivityWarning, // Market data farm connection is broken
        2105 => TwsErrorClass.ConnectivityWarning, // HMDS data farm connection is broken
        2157 => TwsErrorClass.ConnectivityWarning, // Sec-def data farm connection is broken

        // request failed: that request's task fails
        162 => TwsErrorClass.RequestFailed, // Historical market data service error
        200 => TwsErrorClass.RequestFailed, // No security definition has been found for the request
        321 => TwsErrorClass.RequestFailed, // Error validating request
        322 => TwsErrorClass.RequestFailed, // Error processing request
        354 => TwsErrorClass.RequestFailed, // Requested market data is not subscribed
        10197 => TwsErrorClass.RequestFailed, // No market data during competing live session

        // order rejected: the order's task fails; journaled as rejected
        103 => TwsErrorClass.OrderRejected, // Duplicate order id
        104 => TwsErrorClass.OrderRejected, // Cannot modify a filled order
        105 => TwsErrorClass.OrderRejected, // Order being modified does not match the original order
        110 => TwsErrorClass.OrderRejected, // Price does not conform to the minimum price variation
        135 => TwsErrorClass.OrderRejected, // Cannot find order with that id
        201 => TwsErrorClass.OrderRejected, // Order rejected (reason in the text / advancedOrderRejectJson)
        203 => TwsErrorClass.OrderRejected, // The security is not available or allowed for this account
        10268 => TwsErrorClass.OrderRejected, // The 'EtradeOnly' order attribute is not supported
        10269 => TwsErrorClass.OrderRejected, // The 'firmQuoteOnly' order attribute is not supported
        10270 => TwsErrorClass.OrderRejected, // The 'nbboPriceCap' order attribute is not supported

        // order events: not failures
        202 => TwsErrorClass.OrderEvent, // Order cancelled
        161 => TwsErrorClass.OrderEvent, // Cancel attempted when the order is not in a cancellable state
        10147 => TwsErrorClass.OrderEvent, // Order to cancel not found (cancel not possible)
        10148 => TwsErrorClass.OrderEvent, // Order cannot be cancelled in its state (cancel not possible)

        // not in the table
        >= 2100 and <= 2199 => TwsErrorClass.Warning, // IB's warning-message range
        _ => TwsErrorClass.Unknown,
    };

    /// <summary>What a code says about the gateway's link to IB and its data farms (health); null for other codes.</summary>
    public static GatewayConnectivity? Connectivity(int code) => code switch
    {
        1100 => GatewayConnectivity.Lost,
        1101 => GatewayConnectivity.RestoredDataLost,
        1102 => GatewayConnectivity.RestoredDataMaintained,
        2110 => GatewayConnectivity.ServerLinkBroken,
        2103 or 2105 or 2157 => GatewayConnectivity.FarmBroken,
        2104 or 2106 or 2158 => GatewayConnectivity.FarmOk,
        2107 or 2108 => GatewayConnectivity.FarmOk, // inactive, but available on demand
        _ => null,
    };

    /// <summary>A connection-wide code after which the gateway drops the connection: the connection attempt has failed.</summary>
    public static bool EndsConnectionAttempt(int code) => code == 326; // Unable to connect as the client id is already in use

    /// <summary>True when an error of this class fails the request or order with that id.</summary>
    public static bool FailsRequest(TwsErrorClass errorClass) =>
        errorClass is TwsErrorClass.RequestFailed or TwsErrorClass.OrderRejected or TwsErrorClass.Unknown;
}
