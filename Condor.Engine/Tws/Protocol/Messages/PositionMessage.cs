using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>position (version 3): one position row; negative = short. Average cost includes the multiplier.</summary>
internal sealed record PositionMessage(string Account, Contract Contract, decimal? Position, decimal? AvgCost) : IIncomingMessage
{
    public const int MessageId = 61;

    public static PositionMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(3);
        return new(reader.Str(), ContractFields.ReadGateway(reader), reader.Size(), reader.Price());
    }

    public void Write(FieldWriter writer)
    {
        writer.Int(MessageId).Int(3).Str(Account);
        ContractFields.WriteGateway(writer, Contract);
        writer.Size(Position).PriceOrGatewayMax(AvgCost);
    }
}
