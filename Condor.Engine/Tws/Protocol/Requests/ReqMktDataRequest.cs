using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>
/// reqMktData (version 11): streaming or snapshot quotes for an index, an option or a BAG combo
/// (a BAG carries its legs as conId, ratio, action, exchange). mktDataOptions is always empty.
/// </summary>
internal sealed record ReqMktDataRequest(
    int TickerId, Contract Contract, string GenericTickList, bool Snapshot, bool RegulatorySnapshot) : ITwsRequest
{
    public const int MessageId = 1;

    public MessagePriority Priority => MessagePriority.MarketData;

    public static ReqMktDataRequest Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(11);
        var tickerId = reader.Int();
        var contract = ContractFields.ReadRequest(reader);
        if (contract.IsBag)
        {
            var legs = new ComboLeg[ContractFields.ReadCount(reader, 4)];
            for (var i = 0; i < legs.Length; i++)
            {
                legs[i] = new ComboLeg { ConId = reader.Int(), Ratio = reader.Int(), Action = reader.Str(), Exchange = reader.Str() };
            }

            contract = contract with { ComboLegs = legs };
        }

        reader.Expect("0"); // deltaNeutralContractPresent: Condor never sends one
        var request = new ReqMktDataRequest(tickerId, contract, reader.Str(), reader.Bool(), reader.Bool());
        reader.Expect(string.Empty); // mktDataOptions
        return request;
    }

    public void Write(FieldWriter writer)
    {
        writer.Int(MessageId).Int(11).Int(TickerId);
        ContractFields.WriteRequest(writer, Contract);
        if (Contract.IsBag)
        {
            writer.Int(Contract.ComboLegs.Count);
            foreach (var leg in Contract.ComboLegs)
            {
                writer.Int(leg.ConId).Int(leg.Ratio).Str(leg.Action).Str(leg.Exchange);
            }
        }

        writer.Bool(false).Str(GenericTickList).Bool(Snapshot).Bool(RegulatorySnapshot).Str(string.Empty);
    }
}
