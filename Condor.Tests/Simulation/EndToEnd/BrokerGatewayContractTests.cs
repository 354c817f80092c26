using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>
/// The broker-gateway contract (CONVENTIONS.md "Contract tests", issue 6): what Condor's real
/// <see cref="Engine.Tws.Client.TwsClient"/> must see from any gateway over a loopback socket. The tests talk only
/// to the client and to <see cref="IMarketControl"/>; a subclass supplies the gateway (the simulator today).
/// Fault tests need a gateway that injects <see cref="GatewaySetup.Scenario"/>.
/// </summary>
public abstract partial class BrokerGatewayContractTests
{
    /// <summary>Starts a gateway as <paramref name="setup"/> asks, listening on loopback.</summary>
    private protected abstract Task<IMarketControl> StartMarketAsync(GatewaySetup setup);

    /// <summary>The simulated session's date, for scenario contents.</summary>
    private protected static DateOnly GatewaySetupSession => Gateway.GatewayHarness.Session;

    /// <summary>An Eastern time of the simulated session, for scenario instants.</summary>
    private protected static DateTimeOffset SessionEt(int hour, int minute) =>
        Engine.Simulation.EasternTime.At(Gateway.GatewayHarness.Session, new TimeOnly(hour, minute));

    private protected async Task<ContractSession> OpenAsync(GatewaySetup? setup = null, TimeSpan? requestTimeout = null)
    {
        var market = await StartMarketAsync(setup ?? GatewaySetup.At(9, 31));
        try
        {
            return await ContractSession.ConnectAsync(market, requestTimeout);
        }
        catch
        {
            await market.DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task Connect_Handshake_ConnectedWithPaperLikeManagedAccount()
    {
        await using var s = await OpenAsync();

        await s.SyncAsync(); // managedAccounts comes before the answer

        Assert.Equal(ConnectionState.Connected, s.Client.State);
        Assert.NotNull(s.Client.Handshake);
        Assert.StartsWith("DU", s.Client.ManagedAccounts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestCurrentTime_GatewayClock_AnswersGatewayTime()
    {
        await using var s = await OpenAsync();
        s.Market.Advance(TimeSpan.FromMinutes(10));

        var time = await s.Client.RequestCurrentTimeAsync(s.Token);

        Assert.Equal(s.Market.Now.ToUnixTimeSeconds(), time.ToUnixTimeSeconds());
    }
}
