using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;
using TwsLeg = Condor.Engine.Tws.Protocol.Models.ComboLeg;

namespace Condor.Bench;

/// <summary>
/// One full simulated trading day (09:25–16:15 ET) at maximum speed, in two profiles (<see cref="SimulatorDayProfile"/>):
/// the virtual clock steps from event to event (<see cref="VirtualClock.AdvanceToNext"/>: the gateway's one-second ticks while
/// anything can change) as fast as it goes, with a client attached over loopback that
/// streams the profile's lines, enters a condor at 09:32 at the natural price and places its three OCA exits. The
/// client only counts market-data frames (it decodes the rest), so the figures are the simulator's: wall seconds per
/// simulated day, the process's CPU seconds per day (simulator, loopback and the counting client together), and the
/// messages (frames) sent per day.
/// </summary>
internal sealed class SimulatorDayBenchmark : IBenchmark
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    public string Name => "simulator-day";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 3; i++)
        {
            await RunProfileAsync(SimulatorDayProfile.Engine, TextWriter.Null, cancellationToken); // warm-up: JIT and tiered compilation, as in a long replay
        }

        foreach (var profile in new[] { SimulatorDayProfile.WholeChain, SimulatorDayProfile.Engine })
        {
            await RunProfileAsync(profile, output, cancellationToken);
        }
    }

    private static async Task RunProfileAsync(SimulatorDayProfile profile, TextWriter output, CancellationToken cancellationToken)
    {
        var start = EasternTime.At(Day, new TimeOnly(9, 25));
        var end = EasternTime.At(Day, new TimeOnly(16, 15));
        await using var host = SimulatorHost.Create(
            1, start, 0, null, 0, settings: new GatewaySettings { OutgoingQueueHardLimit = int.MaxValue }); // the day outruns any reader: measure production, not the slow-client rule
        host.Start();
        using var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(IPAddress.Loopback, host.Port, cancellationToken);
        var stream = tcp.GetStream();
        using var writer = new FrameWriter(stream);
        await ClientHandshake.RunAsync(new FrameReader(stream), writer, 1, cancellationToken);
        var counter = new FrameCounter();
        var reading = counter.ReadAsync(stream, cancellationToken);

        var spot = (decimal)host.Gateway.Market.Path.Spx(start);
        var atm = Math.Round(spot / 5) * 5;
        OptionKey Key(decimal strike, OptionRight right) => new(Underlying.SPX, Day, strike, right);
        await Send(writer, new ReqMktDataRequest(1, GatewayContracts.Index(Underlying.SPX), string.Empty, false, false), cancellationToken);
        if (profile.Vix)
        {
            await Send(writer, new ReqMktDataRequest(2, new Contract { ConId = GatewayContracts.VixConId, Symbol = "VIX", SecType = "IND", Exchange = "CBOE", Currency = "USD" }, string.Empty, false, false), cancellationToken);
        }

        var tickers = new Dictionary<OptionKey, int>();
        var ticker = 100;
        for (var strike = atm - (5 * profile.ChainStrikes); strike <= atm + (5 * profile.ChainStrikes); strike += 5)
        {
            foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
            {
                tickers[Key(strike, right)] = ticker;
                await Send(writer, new ReqMktDataRequest(ticker++, host.Gateway.Contracts.Option(Key(strike, right)), string.Empty, false, false), cancellationToken);
            }
        }

        await Send(writer, new ReqCurrentTimeRequest(), cancellationToken); // every subscription is in before the clock moves
        await counter.WaitAsync(m => m is CurrentTimeMessage, cancellationToken);
        var legs = new[] { Key(atm - 80, OptionRight.Put), Key(atm - 60, OptionRight.Put), Key(atm + 60, OptionRight.Call), Key(atm + 80, OptionRight.Call) };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        var entry = EasternTime.At(Day, new TimeOnly(9, 32));
        var entered = false;
        while (host.Clock.GetUtcNow() < end)
        {
            host.Clock.AdvanceToNext(host.Clock.GetUtcNow() < entry ? entry : end); // event stepping: the gateway's ticks, while anything can change
            if (host.Clock.GetUtcNow() != entry || entered)
            {
                continue;
            }

            entered = true;

            if (!profile.ChainAfterEntry)
            {
                foreach (var (key, id) in tickers.Where(t => !legs.Contains(t.Key)))
                {
                    await Send(writer, new CancelMktDataRequest(id), cancellationToken);
                }

                foreach (var leg in legs.Where(l => !tickers.ContainsKey(l)))
                {
                    await Send(writer, new ReqMktDataRequest(ticker++, host.Gateway.Contracts.Option(leg), string.Empty, false, false), cancellationToken);
                }
            }

            await EnterWithExitsAsync(host, writer, legs, counter, cancellationToken);
        }

        await Send(writer, new ReqCurrentTimeRequest(), cancellationToken);
        await counter.WaitAsync(m => m is CurrentTimeMessage { Time: var t } && t >= end.ToUnixTimeSeconds(), cancellationToken);
        watch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var megabytes = (GC.GetTotalAllocatedBytes() - allocated) / 1e6;
        collections = GC.CollectionCount(0) - collections;
        tcp.Close();
        await reading;

        var lines = profile.ChainAfterEntry ? $"{profile.LinesBeforeEntry} lines" : $"{profile.LinesBeforeEntry} lines to the entry, then 6";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{profile.Name} ({lines}), 09:25-16:15 ET: {watch.Elapsed.TotalSeconds:F2} s per simulated day, {cpuSeconds:F2} CPU s ({megabytes:N0} MB allocated, {collections} gen-0 GCs), {counter.Frames:N0} messages per day ({counter.Frames / watch.Elapsed.TotalSeconds:N0}/s); entry {counter.Describe(1)}; stream hash {counter.StreamHash:x16}"));
    }

    private static async Task EnterWithExitsAsync(SimulatorHost host, FrameWriter writer, OptionKey[] legs, FrameCounter counter, CancellationToken token)
    {
        TwsLeg Leg(OptionKey key, string action) => new()
        {
            ConId = host.Gateway.Contracts.Option(key).ConId,
            Ratio = 1,
            Action = action,
            Exchange = "SMART",
        };
        var bag = new Contract
        {
            Symbol = "SPX", SecType = "BAG", Exchange = "SMART", Currency = "USD",
            ComboLegs = [Leg(legs[0], "BUY"), Leg(legs[1], "SELL"), Leg(legs[2], "SELL"), Leg(legs[3], "BUY")],
        };
        Order Order(string action, string type, decimal? limit, decimal? aux, string oca = "", string goodAfter = "") => new()
        {
            Action = action, TotalQuantity = 1, OrderType = type, LmtPrice = limit, AuxPrice = aux, Tif = "DAY", OcaGroup = oca, OcaType = oca.Length > 0 ? 1 : 0,
            GoodAfterTime = goodAfter, OrderRef = "condor:20261123:bench", Transmit = true,
        };

        await Send(writer, new PlaceOrderRequest(1, bag, Order("BUY", "MKT", null, null)), token);
        var filled = (OrderStatusMessage)await counter.WaitAsync(m => m is OrderStatusMessage { OrderId: 1, Status: "Filled" }, token);
        var credit = -filled.AvgFillPrice!.Value;
        var target = -Math.Floor(credit * 0.75m / 0.05m) * 0.05m;
        var stop = -Math.Floor(credit * 3 / 0.05m) * 0.05m;
        await Send(writer, new PlaceOrderRequest(2, bag, Order("SELL", "LMT", target, null, "exit")), token);
        await Send(writer, new PlaceOrderRequest(3, bag, Order("SELL", "STP", null, stop, "exit")), token);
        await Send(writer, new PlaceOrderRequest(4, bag, Order("SELL", "MKT", null, null, "exit", "20261123 11:30:00 US/Eastern")), token);
        await counter.WaitAsync(m => m is OrderStatusMessage { OrderId: 4 }, token);
    }

    private static Task Send(FrameWriter writer, ITwsRequest request, CancellationToken token) =>
        writer.WriteRawAsync(ProtocolEncoder.EncodeFrame(request), token);
}
