using Condor.Engine.Configuration;
using Condor.Engine.Tws.Client;

namespace Condor.Tests.Tws.Client;

/// <summary>A connected <see cref="TwsClient"/> and its scripted gateway peer, for one test.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    public const int FirstOrderId = 101;

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(20));

    private ClientHarness(CodecGateway gateway, TwsClient client, CodecPeer peer, ListLoggerFactory logs)
    {
        Gateway = gateway;
        Client = client;
        Peer = peer;
        Logs = logs;
    }

    public CodecGateway Gateway { get; }

    public TwsClient Client { get; }

    public CodecPeer Peer { get; set; }

    public ListLoggerFactory Logs { get; }

    public CancellationToken Token => _timeout.Token;

    public static async Task<ClientHarness> StartAsync(
        TimeSpan? requestTimeout = null,
        int maxLines = TwsClientSettings.DefaultMaxMarketDataLines,
        TimeProvider? timeProvider = null,
        string account = "",
        string managedAccounts = CodecGateway.Account,
        TradingMode mode = TradingMode.Paper)
    {
        var gateway = new CodecGateway();
        var logs = new ListLoggerFactory();
        var client = new TwsClient(gateway.Settings(requestTimeout, maxLines) with { Account = account, Mode = mode }, timeProvider ?? TimeProvider.System, logs);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var connecting = client.ConnectAsync(timeout.Token);
        var peer = await gateway.AcceptAsync(FirstOrderId, timeout.Token, managedAccounts);
        await connecting;
        return new ClientHarness(gateway, client, peer, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Peer.Dispose();
        await Gateway.DisposeAsync();
        _timeout.Dispose();
    }
}
