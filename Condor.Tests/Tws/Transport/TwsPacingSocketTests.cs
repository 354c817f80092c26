using System.Diagnostics;
using System.Globalization;
using Condor.Engine.Tws.Transport;
using Condor.Engine.Tws.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Tws.Transport;

/// <summary>The one transport test that takes real seconds: pacing measured where the gateway receives.</summary>
[Collection(Condor.Tests.TestSupport.RealTimeCollection.Name)]
public sealed class TwsPacingSocketTests
{
    [Fact]
    public async Task SendAsync_BurstOf200_TakesAtLeast3SecondsWithNoSecondOver50AtGateway()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var gateway = new ScriptedGateway();
        await using var connection = new TwsConnection(gateway.Settings(), TimeProvider.System, NullLogger<TwsConnection>.Instance);
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);

        var clock = Stopwatch.StartNew();
        var received = Task.Run(async () =>
        {
            var times = new List<TimeSpan>(200);
            while (times.Count < 200)
            {
                await peer.ReceiveAsync(timeout.Token);
                times.Add(clock.Elapsed);
            }

            return times;
        });
        var sends = Enumerable.Range(4001, 200)
            .Select(id => connection.SendAsync(
                ["1", "11", id.ToString(CultureInfo.InvariantCulture), "0", "SPX", "IND"], MessagePriority.MarketData, timeout.Token))
            .ToArray();
        await Task.WhenAll(sends);
        var times = await received;

        Assert.Equal(200, times.Count);
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(3), $"burst took {times[^1] - times[0]}");
        var max = OutgoingPacerTests.MaxInAnyWindow(times, TimeSpan.FromSeconds(1));
        Assert.True(max <= 50, $"{max} messages arrived within one second");
    }
}
