using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Condor.Engine.Tws.Transport;
using Condor.Engine.Tws.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Bench;

/// <summary>
/// TWS transport costs: the outgoing pacer's overhead per message (window never full) and the incoming
/// throughput of a market-data stream over loopback, socket to <see cref="TwsConnection.Incoming"/>.
/// </summary>
internal sealed class TwsPacingBenchmark : IBenchmark
{
    private const int PacerMessages = 1_000_000;
    private const int StreamFrames = 200_000;

    public string Name => "tws-transport";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        MeasurePacer(output);
        await MeasureIncomingAsync(output, cancellationToken);
    }

    private static void MeasurePacer(TextWriter output)
    {
        using var pacer = new OutgoingPacer(TimeProvider.System, PacerMessages, TimeSpan.FromSeconds(1));
        var frame = Frame.Encode(["1", "11", "4001", "0", "SPX", "IND"]);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < PacerMessages; i++)
        {
            pacer.Enqueue(frame, (MessagePriority)(i % 3), CancellationToken.None);
            if (pacer.TryDequeue(out var message, out _))
            {
                message.MarkSent();
            }
        }

        watch.Stop();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pacer enqueue+dequeue: {watch.Elapsed.TotalNanoseconds / PacerMessages:F0} ns/message ({PacerMessages:N0} messages)"));
    }

    private static async Task MeasureIncomingAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            await using var connection = new TwsConnection(
                new TwsConnectionSettings("127.0.0.1", port, 1, TimeSpan.FromSeconds(10)), TimeProvider.System, NullLogger<TwsConnection>.Instance);
            var connecting = connection.ConnectAsync(cancellationToken);
            using var client = await listener.AcceptTcpClientAsync(cancellationToken);
            var stream = client.GetStream();
            using var writer = new FrameWriter(stream);
            await GatewayHandshake.RunAsync(new FrameReader(stream), writer, "20261123 09:31:58 US/Eastern", HandshakeProtocol.ServerVersion, cancellationToken);
            await connecting;

            // tickPrice for an option bid: realistic size and shape of the bulk of a market-data stream
            var tick = Frame.Encode(["1", "6", "4002", "1", "4.85", "12", "1"]);
            var batch = new byte[tick.Length * 1000];
            for (var i = 0; i < 1000; i++)
            {
                tick.CopyTo(batch, i * tick.Length);
            }

            var watch = Stopwatch.StartNew();
            var sending = Task.Run(
                async () =>
                {
                    for (var i = 0; i < StreamFrames / 1000; i++)
                    {
                        await writer.WriteRawAsync(batch, cancellationToken);
                    }
                },
                cancellationToken);
            var received = 0;
            while (received < StreamFrames && await connection.Incoming.WaitToReadAsync(cancellationToken))
            {
                while (connection.Incoming.TryRead(out _))
                {
                    received++;
                }
            }

            watch.Stop();
            await sending;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"incoming over loopback: {received / watch.Elapsed.TotalSeconds:N0} frames/s ({received:N0} tickPrice frames in {watch.Elapsed.TotalMilliseconds:F0} ms)"));
        }
        finally
        {
            listener.Stop();
        }
    }
}
