using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqExecutions (version 3): execDetails rows for the filter, then execDetailsEnd.</summary>
internal sealed record ReqExecutionsRequest(int ReqId, ExecutionFilter Filter) : ITwsRequest
{
    public const int MessageId = 7;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqExecutionsRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(3);
        var reqId = reader.Int();
        var filter = new ExecutionFilter
        {
            ClientId = reader.Int(),
            AcctCode = reader.Str(),
            Time = reader.Str(),
            Symbol = reader.Str(),
            SecType = reader.Str(),
            Exchange = reader.Str(),
            Side = reader.Str(),
        };
        return new(reqId, filter);
    }

    public void Write(FieldWriter writer) =>
        writer.Int(MessageId).Int(3).Int(ReqId)
            .Int(Filter.ClientId).Str(Filter.AcctCode).Str(Filter.Time).Str(Filter.Symbol)
            .Str(Filter.SecType).Str(Filter.Exchange).Str(Filter.Side);
}
