using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// tickPrice (version 6): price, size and attribute mask. For bid/ask/last (and delayed 66/67/68) the client
/// decoder also yields the matching <see cref="TickSizeMessage"/>; close (9, 75) gives the price only.
/// </summary>
internal sealed record TickPriceMessage(int TickerId, int TickType, decimal? Price, decimal? Size, TickAttrib Attribs) : IIncomingMessage
{
    public const int MessageId = 1;

    /// <summary>The size tick that accompanies a price tick: bid→0, ask→3, last→5, delayed 66/67/68→69/70/71.</summary>
    public int? SizeTickType => TickType switch
    {
        1 => 0,
        2 => 3,
        4 => 5,
        66 => 69,
        67 => 70,
        68 => 71,
        _ => null,
    };

    public static TickPriceMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(6);
        return new(reader.Int(), reader.Int(), reader.Price(), reader.Size(), TickAttrib.FromMask(reader.Int()));
    }

    public void Write(FieldWriter writer) =>
        writer.Int(MessageId).Int(6).Int(TickerId).Int(TickType).PriceOrGatewayMax(Price).Size(Size).Int(Attribs.ToMask());
}
