using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>cancelMktData: frees the market-data line of a ticker id.</summary>
internal sealed record CancelMktDataRequest(int TickerId) : ITwsRequest
{
    public const int MessageId = 2;

    public MessagePriority Priority => MessagePriority.Urgent;

    public static CancelMktDataRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        return new(reader.Int());
    }

    public void Write(FieldWriter writer) => writer.Int(MessageId).Int(1).Int(TickerId);
}
