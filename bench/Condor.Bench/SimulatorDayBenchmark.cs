using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;
using TwsLeg = Condor.Engine.Tws.Protocol.Models.ComboLeg;

namespace Condor.Bench;

/// <summary>
/// One full simulated trading day (09:25–16:15 ET) at maximum speed: the virtual clock is advanced one second at a
/// time as fast as it goes, with a client attached over loopback that streams the index and 90 options around the
/// money, enters a condor at 09:32 at the natural price and places its three OCA exits. Prints seconds per simulated day.
/// (Condor's engine is not wired to the simulator yet; the client here is a thin one on Condor's codec.)
/// </summary>
internal sealed class SimulatorDayBenchmark : IBenchmark
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    public string Name => "simulator-day";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var start = EasternTime.At(Day, new TimeOnly(9, 25));
        var end = EasternTime.At(Day, new TimeOnly(16, 15));
        await using var host = SimulatorHost.Create(
            1, start, 0, null, 0, settings: new GatewaySettings { OutgoingQueueHardLimit = int.MaxValue }); // the day outruns any reader: measure production, not the slow-client rule
        host.Start();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, host.Port, cancellationToken);
        var reader = new FrameReader(tcp.GetStream());
        using var writer = new FrameWriter(tcp.GetStream());
        await ClientHandshake.RunAsync(reader, writer, 1, cancellationToken);
        var inbox = new Inbox();
        var reading = inbox.ReadAsync(reader, cancellationToken);

        var spot = (decimal)host.Gateway.Market.Path.Spx(start);
        var atm = Math.Round(spot / 5) * 5;
        await Send(writer, new ReqMktDataRequest(1, GatewayContracts.Index(Engine.Market.Underlying.SPX), string.Empty, false, false), cancellationToken);
        var ticker = 100;
        for (var strike = atm - 110; strike <= atm + 110; strike += 5)
        {
            foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
            {
                var contract = host.Gateway.Contracts.Option(new OptionKey(Engine.Market.Underlying.SPX, Day, strike, right));
                await Send(writer, new ReqMktDataRequest(ticker++, contract, string.Empty, false, false), cancellationToken);
            }
        }

        var watch = Stopwatch.StartNew();
        var entry = EasternTime.At(Day, new TimeOnly(9, 32));
        while (host.Clock.GetUtcNow() < end)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(1));
            if (host.Clock.GetUtcNow() == entry)
            {
                await EnterWithExitsAsync(host, writer, atm, inbox, cancellationToken);
            }
        }

        await Send(writer, new ReqCurrentTimeRequest(), cancellationToken);
        await inbox.WaitAsync(m => m is CurrentTimeMessage, cancellationToken);
        watch.Stop();
        tcp.Close();
        await reading;

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"simulated day 09:25-16:15 ET: {watch.Elapsed.TotalSeconds:F2} s per simulated day ({inbox.Count:N0} messages to the client, {inbox.Count / watch.Elapsed.TotalSeconds:N0}/s; entry {inbox.Describe(1)})"));
    }

    private static async Task EnterWithExitsAsync(SimulatorHost host, FrameWriter writer, decimal atm, Inbox inbox, CancellationToken token)
    {
        TwsLeg Leg(decimal strike, OptionRight right, string action) => new()
        {
            ConId = host.Gateway.Contracts.Option(new OptionKey(Engine.Market.Underlying.SPX, Day, strike, right)).ConId,
            Ratio = 1,
            Action = action,
            Exchange = "SMART",
        };
        var bag = new Contract
        {
            Symbol = "SPX", SecType = "BAG", Exchange = "SMART", Currency = "USD",
            ComboLegs = [Leg(atm - 80, OptionRight.Put, "BUY"), Leg(atm - 60, OptionRight.Put, "SELL"), Leg(atm + 60, OptionRight.Call, "SELL"), Leg(atm + 80, OptionRight.Call, "BUY")],
        };
        Order Order(string action, string type, decimal? limit, decimal? aux, string oca = "", string goodAfter = "") => new()
        {
            Action = action, TotalQuantity = 1, OrderType = type, LmtPrice = limit, AuxPrice = aux, Tif = "DAY", OcaGroup = oca, OcaType = oca.Length > 0 ? 1 : 0,
            GoodAfterTime = goodAfter, OrderRef = "condor:20261123:bench", Transmit = true,
        };

        await Send(writer, new PlaceOrderRequest(1, bag, Order("BUY", "MKT", null, null)), token);
        var filled = (OrderStatusMessage)await inbox.WaitAsync(m => m is OrderStatusMessage { OrderId: 1, Status: "Filled" }, token);
        var credit = -filled.AvgFillPrice!.Value;
        var target = -Math.Floor(credit * 0.75m / 0.05m) * 0.05m;
        var stop = -Math.Floor(credit * 3 / 0.05m) * 0.05m;
        await Send(writer, new PlaceOrderRequest(2, bag, Order("SELL", "LMT", target, null, "exit")), token);
        await Send(writer, new PlaceOrderRequest(3, bag, Order("SELL", "STP", null, stop, "exit")), token);
        await Send(writer, new PlaceOrderRequest(4, bag, Order("SELL", "MKT", null, null, "exit", "20261123 11:30:00 US/Eastern")), token);
        await inbox.WaitAsync(m => m is OrderStatusMessage { OrderId: 4 }, token);
    }

    private static Task Send(FrameWriter writer, ITwsRequest request, CancellationToken token) =>
        writer.WriteRawAsync(ProtocolEncoder.EncodeFrame(request), token);

    /// <summary>Counts what the client receives and lets the benchmark wait for one message.</summary>
    private sealed class Inbox
    {
        private readonly object _gate = new();
        private readonly List<IIncomingMessage> _orders = [];
        private Func<IIncomingMessage, bool>? _waitFor;
        private TaskCompletionSource<IIncomingMessage>? _waiter;
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public string Describe(int orderId)
        {
            lock (_gate)
            {
                return _orders.OfType<OrderStatusMessage>().LastOrDefault(s => s.OrderId == orderId) is { } s
                    ? FormattableString.Invariant($"{s.Status} at {s.AvgFillPrice}")
                    : "none";
            }
        }

        public Task<IIncomingMessage> WaitAsync(Func<IIncomingMessage, bool> match, CancellationToken token)
        {
            lock (_gate)
            {
                if (_orders.FirstOrDefault(match) is { } seen)
                {
                    return Task.FromResult(seen);
                }

                _waitFor = match;
                _waiter = new TaskCompletionSource<IIncomingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
                return _waiter.Task.WaitAsync(TimeSpan.FromSeconds(300), token);
            }
        }

        public async Task ReadAsync(FrameReader reader, CancellationToken token)
        {
            try
            {
                while (await reader.ReadFieldsAsync(token) is { } fields)
                {
                    if (ClientDecoder.Decode(fields) is not DecodedMessages decoded)
                    {
                        continue;
                    }

                    foreach (var message in decoded.Messages)
                    {
                        Interlocked.Increment(ref _count);
                        if (message is TickPriceMessage or TickSizeMessage or TickOptionComputationMessage)
                        {
                            continue;
                        }

                        lock (_gate)
                        {
                            _orders.Add(message);
                            if (_waitFor is { } match && match(message))
                            {
                                _waitFor = null;
                                _waiter!.TrySetResult(message);
                            }
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException)
            {
            }
        }
    }
}
