namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>orderStatus (no version field at 177). Fill prices are decimal; a combo fills at a negative price.</summary>
internal sealed record OrderStatusMessage(
    int OrderId,
    string Status,
    decimal? Filled,
    decimal? Remaining,
    decimal? AvgFillPrice,
    long PermId,
    int ParentId,
    decimal? LastFillPrice,
    int ClientId,
    string WhyHeld,
    decimal? MktCapPrice) : IIncomingMessage
{
    public const int MessageId = 3;

    public static OrderStatusMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(
            reader.Int(),
            reader.Str(),
            reader.Size(),
            reader.Size(),
            reader.Price(),
            reader.Long(),
            reader.Int(),
            reader.Price(),
            reader.Int(),
            reader.Str(),
            reader.Price());
    }

    public void Write(FieldWriter writer) =>
        writer.Int(MessageId).Int(OrderId).Str(Status).Size(Filled).Size(Remaining).PriceOrGatewayMax(AvgFillPrice)
            .Long(PermId).Int(ParentId).PriceOrGatewayMax(LastFillPrice).Int(ClientId).Str(WhyHeld)
            .PriceOrGatewayMax(MktCapPrice);
}
