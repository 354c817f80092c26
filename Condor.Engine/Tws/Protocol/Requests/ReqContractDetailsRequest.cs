using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>reqContractDetails (version 8): contractDetails rows, then contractDetailsEnd.</summary>
internal sealed record ReqContractDetailsRequest(int ReqId, Contract Contract) : ITwsRequest
{
    public const int MessageId = 9;

    public MessagePriority Priority => MessagePriority.Normal;

    public static ReqContractDetailsRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(8);
        var reqId = reader.Int();
        var contract = ContractFields.ReadRequest(reader) with { IncludeExpired = reader.Bool() };
        reader.Skip(3); // secIdType, secId, issuerId: not used by Condor
        return new(reqId, contract);
    }

    public void Write(FieldWriter writer)
    {
        writer.Int(MessageId).Int(8).Int(ReqId);
        ContractFields.WriteRequest(writer, Contract);
        writer.Bool(Contract.IncludeExpired).Str(string.Empty).Str(string.Empty).Str(string.Empty);
    }
}
