using Condor.Engine.Configuration;
using Condor.Engine.Tws.Client;
using Condor.Tests.TestSupport;

namespace Condor.Tests.Tws.Client;

/// <summary>
/// A connected <see cref="TwsClient"/> and its scripted gateway peer, for one test. The client runs on the virtual
/// <see cref="Clock"/>: request timeouts, pacing and reconnect delays happen only when the test advances it.
/// (<see cref="Token"/> is a wall-clock safety net against a hung test, never something a test waits for.)
/// </summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    public const int FirstOrderId = 101;

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(20));

    private ClientHarness(CodecGateway gateway, TwsClient client, CodecPeer peer, ListLoggerFactory logs, ManualTimeProvider clock)
    {
        Clock = clock;
        Gateway = gateway;
        Client = client;
        Peer = peer;
        Logs = logs;
    }

    public ManualTimeProvider Clock { get; }

    public CodecGateway Gateway { get; }

    public TwsClient Client { get; }

    public CodecPeer Peer { get; set; }

    public ListLoggerFactory Logs { get; }

    public CancellationToken Token => _timeout.Token;

    public static async Task<ClientHarness> StartAsync(
        TimeSpan? requestTimeout = null,
        int maxLines = TwsClientSettings.DefaultMaxMarketDataLines,
        ManualTimeProvider? timeProvider = null,
        string account = "",
        string managedAccounts = CodecGateway.Account,
        TradingMode mode = TradingMode.Paper)
    {
        var clock = timeProvider ?? new ManualTimeProvider();
        var gateway = new CodecGateway();
        var logs = new ListLoggerFactory();
        var client = new TwsClient(gateway.Settings(requestTimeout, maxLines) with { Account = account, Mode = mode }, clock, logs);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var connecting = client.ConnectAsync(timeout.Token);
        var peer = await gateway.AcceptAsync(FirstOrderId, timeout.Token, managedAccounts);
        await connecting;
        return new ClientHarness(gateway, client, peer, logs, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Peer.Dispose();
        await Gateway.DisposeAsync();
        _timeout.Dispose();
    }
}
