using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>execDetails (no version field at 177): one fill, of the combo or of a leg. reqId -1 = unsolicited.</summary>
internal sealed record ExecDetailsMessage(int ReqId, Contract Contract, Models.Execution Execution) : IIncomingMessage
{
    public const int MessageId = 11;

    public static ExecDetailsMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        var reqId = reader.Int();
        var orderId = reader.Int();
        var contract = ContractFields.ReadGateway(reader);
        var execution = new Models.Execution
        {
            OrderId = orderId,
            ExecId = reader.Str(),
            Time = reader.Str(),
            AcctNumber = reader.Str(),
            Exchange = reader.Str(),
            Side = reader.Str(),
            Shares = reader.Size(),
            Price = reader.Price(),
            PermId = reader.Long(),
            ClientId = reader.Int(),
            Liquidation = reader.Int(),
            CumQty = reader.Size(),
            AvgPrice = reader.Price(),
            OrderRef = reader.Str(),
        };
        reader.Skip(); // evRule
        reader.Double(); // evMultiplier
        reader.Skip(); // modelCode
        return new(reqId, contract, execution with { LastLiquidity = reader.Int() });
    }

    public void Write(FieldWriter writer)
    {
        var e = Execution;
        writer.Int(MessageId).Int(ReqId).Int(e.OrderId);
        ContractFields.WriteGateway(writer, Contract);
        writer.Str(e.ExecId).Str(e.Time).Str(e.AcctNumber).Str(e.Exchange).Str(e.Side).Size(e.Shares)
            .PriceOrGatewayMax(e.Price).Long(e.PermId).Int(e.ClientId).Int(e.Liquidation).Size(e.CumQty)
            .PriceOrGatewayMax(e.AvgPrice).Str(e.OrderRef)
            .Str(string.Empty).Int(0).Str(string.Empty) // evRule, evMultiplier, modelCode
            .Int(e.LastLiquidity);
    }
}
