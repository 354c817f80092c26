using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Tests.Tws.Protocol;

namespace Condor.Tests.Tws.Mapping;

/// <summary>The golden incoming records decoded by the product's client decoder, as the mapping layer receives them.</summary>
internal static class GoldenMessages
{
    public static T Single<T>(string recordName)
        where T : IIncomingMessage =>
        Assert.IsType<T>(All(recordName)[0]);

    public static IReadOnlyList<IIncomingMessage> All(string recordName)
    {
        var fields = GoldenFixtures.Fields(GoldenFixtures.IncomingRecords[recordName]);
        return Assert.IsType<DecodedMessages>(ClientDecoder.Decode(fields)).Messages;
    }
}
