namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>pnl: account P&amp;L (no version field at 177); empty reads as 0, the max text as unset.</summary>
internal sealed record PnlMessage(int ReqId, decimal? DailyPnL, decimal? UnrealizedPnL, decimal? RealizedPnL) : IIncomingMessage
{
    public const int MessageId = 94;

    public static PnlMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(reader.Int(), reader.Price(), reader.Price(), reader.Price());
    }

    public void Write(FieldWriter writer) =>
        writer.Int(MessageId).Int(ReqId).PriceOrGatewayMax(DailyPnL).PriceOrGatewayMax(UnrealizedPnL)
            .PriceOrGatewayMax(RealizedPnL);
}
