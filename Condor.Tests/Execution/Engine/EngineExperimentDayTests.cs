using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Experiment;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;
using Condor.Tests.Execution.Experiment;
using Condor.Tests.Journal;
using Condor.Tests.Simulation.Gateway;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>
/// A whole Experiment-mode day through the engine: its broker gateway is the <see cref="ExperimentGateway"/> over a
/// TWS client that reaches the simulator through a <see cref="WireTap"/> (the witness of every request that reaches
/// the gateway). Market data is the simulator's; orders, fills and exits are the decorator's own.
/// </summary>
public sealed class EngineExperimentDayTests
{
    [Fact]
    public async Task ExperimentDay_NoPlaceOrderReachesTheSimulator_TheJournalHoldsAnExperimentTradeWithItsExits()
    {
        await using var d = await ExperimentDay.StartAsync(s =>
        {
            s.ChaseSpreadFraction = 0.25m;
            s.TimeExit = new TimeOnly(9, 40);
        });

        await d.SkipToAsync(GatewayHarness.Et(9, 31, 50));
        await d.RunUntilAsync(
            s => s.Decision?.NoTradeReason is not null || s.Phases[EntryPhase.Protect].Status is PhaseStatus.Done or PhaseStatus.Failed,
            GatewayHarness.Et(9, 34), "through the entry");
        var entered = d.Engine.Snapshot;
        Assert.True(entered.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(entered));
        Assert.Equal(TradingMode.Experiment, entered.Mode);

        // The margin is the local estimate, (wing − credit) × 100: no whatIf.
        var margin = entered.Decision!.Margin!;
        var wing = entered.Decision.Chosen!.WingWidth * 100m;
        Assert.StartsWith("estimated", margin.Source, StringComparison.Ordinal);
        Assert.True(margin.PerContract > 0 && margin.PerContract < wing, $"margin {margin.PerContract}, wing {wing}");
        var tradeId = entered.Position!.TradeId;

        await d.SkipToAsync(GatewayHarness.Et(9, 39, 50), TimeSpan.FromSeconds(5)); // the engine only watches
        await d.RunUntilAsync(s => s.Position is null, GatewayHarness.Et(9, 42), "closed by the time exit");

        // Not one order request of any kind reached the simulator, and its book never held one.
        Assert.Equal(0, d.Tap.Count(PlaceOrderRequest.MessageId)); // placeOrder, whatIf included
        Assert.Equal(0, d.Tap.Count(CancelOrderRequest.MessageId));
        Assert.Equal(0, d.Tap.Count(ReqGlobalCancelRequest.MessageId));
        Assert.True(d.Tap.Count(ReqMktDataRequest.MessageId) >= 4, "the quotes came from the simulator through the tap");
        Assert.Empty(d.Gateway.Gateway.Book.Orders(_ => true));

        // The journal (the Experiment one) holds the trade as an experiment, closed by its time exit, with its exits.
        var trade = await d.Journal.GetTradeAsync(tradeId, d.Token);
        Assert.NotNull(trade);
        Assert.Equal(TradingMode.Experiment, trade.Mode);
        Assert.Equal(TradeStatus.Closed, trade.Status);
        Assert.Equal(ExitReason.Time, trade.ExitReason);
        Assert.Equal(margin.PerContract, trade.MarginUsed);
        var orders = await d.Journal.GetOrdersAsync(tradeId, d.Token);
        Assert.Contains(orders, o => o.OrderRef.Role == OrderRole.Entry && o.Filled > 0);
        Assert.Contains(orders, o => o.OrderRef.Role == OrderRole.Time && o.Filled > 0);
        Assert.Contains(orders, o => o.OrderRef.Role == OrderRole.Target);
        Assert.Contains(orders, o => o.OrderRef.Role == OrderRole.Stop);
    }

    /// <summary>The simulator, the tap, the client through it, the Experiment decorator over the client, and the engine on it.</summary>
    private sealed class ExperimentDay : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly CancellationTokenSource _hung = new(TimeSpan.FromSeconds(60));
        private readonly TempJournal _files;
        private readonly TwsClient _client;
        private readonly ExperimentGateway _broker;
        private Task _running = Task.CompletedTask;
        private Task<DateTimeOffset>? _roundTrip;

        private ExperimentDay(GatewayHarness gateway, WireTap tap, TempJournal files, TwsClient client, ExperimentGateway broker, TradingEngine engine)
        {
            Gateway = gateway;
            Tap = tap;
            _files = files;
            _client = client;
            _broker = broker;
            Engine = engine;
            Journal = files.ForMode(TradingMode.Experiment);
        }

        public GatewayHarness Gateway { get; }

        public WireTap Tap { get; }

        public TradingEngine Engine { get; }

        public SqliteJournal Journal { get; }

        public CancellationToken Token => _hung.Token;

        public static async Task<ExperimentDay> StartAsync(Action<StrategyOptions> strategy)
        {
            var gateway = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 25));
            var tap = WireTap.To(gateway.Gateway.Port);
            var files = await TempJournal.CreateAsync();
            var options = new StrategyOptions();
            strategy(options);
            var brokerOptions = new BrokerOptions { Host = "127.0.0.1", Port = tap.Port, ClientId = 17 };
            var client = new TwsClient(TwsClientSettings.FromOptions(brokerOptions, TradingMode.Experiment), gateway.Clock, NullLoggerFactory.Instance);
            var broker = new ExperimentGateway(
                client, new ExperimentSettings(17, string.Empty, 7, 0.65m, ExperimentSettings.Defaults), gateway.Clock, NullLogger<ExperimentGateway>.Instance);
            var engine = new TradingEngine(
                broker,
                files.ForMode(TradingMode.Experiment),
                gateway.Clock,
                ExchangeCalendar.Default,
                new EngineSettings(new CondorOptions { Mode = TradingMode.Experiment }, options, new ScheduleOptions(), brokerOptions),
                NullLogger<TradingEngine>.Instance);
            var day = new ExperimentDay(gateway, tap, files, client, broker, engine);
            day._running = engine.RunAsync(day._stop.Token);
            await engine.FirstConnectAttempt.WaitAsync(day.Token);
            return day;
        }

        /// <summary>As <see cref="EngineHarness.RunUntilAsync"/>: the clock at 20 × real time until <paramref name="done"/> holds (polled), or the test fails at <paramref name="until"/>.</summary>
        public async Task RunUntilAsync(Func<EngineSnapshot, bool> done, DateTimeOffset until, string what)
        {
            Gateway.Clock.SetSpeed(20);
            try
            {
                while (!done(Engine.Snapshot))
                {
                    Assert.True(Gateway.Clock.GetUtcNow() < until, $"Not {what} by {until:HH:mm:ss}: {EngineHarness.Describe(Engine.Snapshot)}");
                    await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, Token); // a poll bounded on the wall clock; the virtual clock runs
                }
            }
            finally
            {
                Gateway.Clock.SetSpeed(0);
            }
        }

        /// <summary>As <see cref="EngineHarness.SkipToAsync"/>: the stopped clock moved in steps (1 s unless told), a round trip on the client letting each step's messages arrive.</summary>
        public async Task SkipToAsync(DateTimeOffset instant, TimeSpan? step = null)
        {
            while (Gateway.Clock.GetUtcNow() < instant)
            {
                await SettleAsync();
                var left = instant - Gateway.Clock.GetUtcNow();
                var by = step ?? TimeSpan.FromSeconds(1);
                Gateway.Clock.Advance(left < by ? left : by);
            }

            await SettleAsync();
        }

        private async Task SettleAsync()
        {
            for (var i = 0; i < 2; i++)
            {
                if (_roundTrip is null && _client.State == ConnectionState.Connected)
                {
                    _roundTrip = _client.RequestCurrentTimeAsync(Token);
                }

                if (_roundTrip is { } pending)
                {
                    if (await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, Token)) != pending)
                    {
                        return;
                    }

                    _roundTrip = null;
                    await pending;
                }

                await Task.Yield();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _running.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (OperationCanceledException)
            {
            }

            await _broker.DisposeAsync();
            await _client.DisposeAsync();
            await _files.DisposeAsync();
            await Tap.DisposeAsync();
            await Gateway.DisposeAsync();
            _stop.Dispose();
            _hung.Dispose();
        }
    }
}
