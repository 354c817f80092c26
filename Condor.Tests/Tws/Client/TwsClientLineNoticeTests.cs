using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Tws.Client;

/// <summary>An informational error about a market-data line (10090, 10167) reaches the line's reader, and the line goes on.</summary>
public sealed class TwsClientLineNoticeTests
{
    private static readonly Contract Call = new()
    {
        Symbol = "SPX", SecType = "OPT", TradingClass = "SPXW", LastTradeDateOrContractMonth = "20261123",
        Strike = 6000m, Right = "C", Multiplier = "100", Exchange = "SMART", Currency = "USD",
    };

    [Theory]
    [InlineData(10090)]
    [InlineData(10167)]
    public async Task SubscribeMarketDataAsync_InformationalErrorForTheLine_InTheStreamWhichGoesOn(int code)
    {
        await using var h = await ClientHarness.StartAsync();
        var subscription = await h.Client.SubscribeMarketDataAsync(Call, "", snapshot: false, h.Token);
        var request = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        await h.Peer.SendAsync(new ErrorMessage(request.TickerId, code, "Part of requested market data is not subscribed.", ""), h.Token);
        await h.Peer.SendAsync(new TickPriceMessage(request.TickerId, 1, 2.35m, 12m, new TickAttrib(false, false, false)), h.Token);

        var notice = Assert.IsType<ErrorMessage>((await subscription.Reader.ReadAsync(h.Token)).Message);
        Assert.Equal((request.TickerId, code), (notice.Id, notice.ErrorCode));
        var bid = Assert.IsType<TickPriceMessage>((await subscription.Reader.ReadAsync(h.Token)).Message);
        Assert.Equal(2.35m, bid.Price);
        await subscription.DisposeAsync();
    }
}
