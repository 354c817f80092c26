namespace Condor.Engine.Tws.Client;

/// <summary>A placement (or modification) waiting for the gateway's answer; remembers unclassified codes seen meanwhile.</summary>
internal sealed class PlacementWait(string orderRef, int orderId)
{
    private readonly TaskCompletionSource<OrderPlacement> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string OrderRef { get; } = orderRef;

    public int OrderId { get; } = orderId;

    public Task<OrderPlacement> Answer => _answer.Task;

    /// <summary>The last code the classifier does not know, sent for this order while waiting (null when none).</summary>
    public (int Code, string Message)? LastUnknown { get; set; }

    public bool Acknowledge(string status, DateTimeOffset at) =>
        _answer.TrySetResult(new OrderPlacement(OrderRef, OrderId, PlacementOutcome.Acknowledged, status, at));

    public bool Reject(int code, string message, string advancedJson, DateTimeOffset at) =>
        _answer.TrySetResult(new OrderPlacement(OrderRef, OrderId, PlacementOutcome.Rejected, string.Empty, at, code, message, advancedJson));

    /// <summary>Gives up on an answer: the order's fate is unknown (reconcile).</summary>
    public bool GiveUp(string why, DateTimeOffset at)
    {
        var unknown = LastUnknown;
        var reason = unknown is { } u ? $"{why}; the gateway sent only unclassified code {u.Code}: {u.Message}" : why;
        return _answer.TrySetResult(new OrderPlacement(OrderRef, OrderId, PlacementOutcome.Unknown, string.Empty, at, unknown?.Code, reason));
    }
}
