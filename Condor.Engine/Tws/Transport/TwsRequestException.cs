using System.Globalization;

namespace Condor.Engine.Tws.Transport;

/// <summary>The gateway answered a request or an order with an error (request failed, order rejected, or an unknown code).</summary>
internal sealed class TwsRequestException : Exception
{
    public TwsRequestException(int requestId, int code, string gatewayMessage, TwsErrorClass errorClass, string advancedOrderRejectJson)
        : base(string.Create(CultureInfo.InvariantCulture, $"TWS error {code} ({errorClass}) for id {requestId}: {gatewayMessage}"))
    {
        RequestId = requestId;
        Code = code;
        GatewayMessage = gatewayMessage;
        ErrorClass = errorClass;
        AdvancedOrderRejectJson = advancedOrderRejectJson;
    }

    /// <summary>The request id or order id the error was about.</summary>
    public int RequestId { get; }

    /// <summary>IB's error code, e.g. 200 or 201.</summary>
    public int Code { get; }

    /// <summary>The gateway's text.</summary>
    public string GatewayMessage { get; }

    public TwsErrorClass ErrorClass { get; }

    /// <summary>IB's advanced reject JSON (order rejections), empty when none.</summary>
    public string AdvancedOrderRejectJson { get; }
}
