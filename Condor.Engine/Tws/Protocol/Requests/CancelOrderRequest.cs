using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>cancelOrder: goes ahead of queued market-data requests.</summary>
internal sealed record CancelOrderRequest(int OrderId, string ManualOrderCancelTime) : ITwsRequest
{
    public const int MessageId = 4;

    public MessagePriority Priority => MessagePriority.Urgent;

    public static CancelOrderRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int(), reader.Str());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(OrderId).Str(ManualOrderCancelTime);
}
