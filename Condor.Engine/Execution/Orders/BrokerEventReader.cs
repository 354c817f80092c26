using System.Threading.Channels;
using Condor.Engine.Broker;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Reads a broker-event stream with a deadline on the one clock: null once the instant has come (checked before
/// any event, so a stream of events never delays what is due), else the next event.
/// </summary>
internal static class BrokerEventReader
{
    /// <summary>The next event, or null once <paramref name="until"/> has come on <paramref name="time"/>.</summary>
    /// <exception cref="InvalidOperationException">The stream ended (the subscription was disposed).</exception>
    public static async Task<BrokerEvent?> NextAsync(
        ChannelReader<BrokerEvent> reader, TimeProvider time, DateTimeOffset until, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var due = until - time.GetUtcNow();
            if (due <= TimeSpan.Zero)
            {
                return null; // the instant first: a stream of events must not starve what is due
            }

            if (reader.TryRead(out var ready))
            {
                return ready;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(due, time, stop.Token);
            var read = reader.WaitToReadAsync(stop.Token).AsTask();
            var first = await Task.WhenAny(delay, read).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (first == read && read.IsCompletedSuccessfully && !read.Result)
            {
                throw new InvalidOperationException("The broker-event stream ended.");
            }

            // an event is ready (loop reads it), or the instant came (loop returns null)
        }
    }
}
