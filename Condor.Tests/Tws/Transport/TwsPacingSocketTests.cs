using System.Globalization;
using Condor.Engine.Tws.Transport;
using Condor.Engine.Tws.Wire;
using Condor.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Tws.Transport;

/// <summary>
/// Pacing measured where the gateway receives, over a real socket, on the virtual clock: each message is stamped
/// with the virtual instant at which the gateway has read it, and time moves only when the pacer waits on it.
/// </summary>
public sealed class TwsPacingSocketTests
{
    [Fact]
    public async Task SendAsync_BurstOf200_SpansAtLeast3VirtualSecondsWithNoSecondOver50AtGateway()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var gateway = new ScriptedGateway();
        var clock = new ManualTimeProvider();
        await using var connection = new TwsConnection(gateway.Settings(), clock, NullLogger<TwsConnection>.Instance);
        using var peer = await gateway.ConnectAsync(connection, timeout.Token);
        Assert.Equal(0, clock.ActiveTimers); // from here on, the only timer is the pacer's wait for its window

        var ids = Enumerable.Range(4001, 200).Select(id => id.ToString(CultureInfo.InvariantCulture)).ToArray();
        var sends = ids
            .Select(id => connection.SendAsync(["1", "11", id, "0", "SPX", "IND"], MessagePriority.MarketData, timeout.Token))
            .ToArray();
        var allSent = Task.WhenAll(sends);

        var receivedIds = new List<string>(ids.Length);
        var receivedAt = new List<TimeSpan>(ids.Length);
        while (receivedIds.Count < ids.Length)
        {
            // The writer has sent all the window allows at this instant once it waits on the clock (or has sent all).
            await Task.WhenAny(clock.WhenTimersArmedAsync(), allSent).WaitAsync(timeout.Token);
            if (allSent.IsCompleted)
            {
                await allSent; // a failed send fails the test here instead of stalling it
            }

            // SendAsync completes once the frame is on the socket, in FIFO order: the gateway must read them all now.
            var sent = sends.Count(send => send.IsCompletedSuccessfully);
            while (receivedIds.Count < sent)
            {
                var fields = await peer.ReceiveAsync(timeout.Token);
                receivedIds.Add(fields[2]);
                receivedAt.Add(clock.Elapsed);
            }

            if (clock.NextDueIn is { } due)
            {
                clock.Advance(due);
            }
        }

        Assert.Equal(ids, receivedIds);
        Assert.True(receivedAt[^1] - receivedAt[0] >= TimeSpan.FromSeconds(3), $"burst took {receivedAt[^1] - receivedAt[0]}");
        var max = OutgoingPacerTests.MaxInAnyWindow(receivedAt, TimeSpan.FromSeconds(1));
        Assert.True(max <= 50, $"{max} messages arrived within one virtual second");
    }
}
