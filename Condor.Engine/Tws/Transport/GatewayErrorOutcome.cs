namespace Condor.Engine.Tws.Transport;

/// <summary>What <see cref="PendingRequests.OnGatewayError"/> did with a gateway error.</summary>
internal enum GatewayErrorOutcome
{
    /// <summary>A live request or order with that id was failed with a <see cref="TwsRequestException"/>.</summary>
    FailedRequest,

    /// <summary>The code is not a failure (informational, warning, connectivity, order event): nothing failed.</summary>
    NotAFailure,

    /// <summary>A failure code for an id with no live request: logged as a warning.</summary>
    NoLiveRequest,
}
