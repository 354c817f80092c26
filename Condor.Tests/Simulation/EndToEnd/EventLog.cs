using System.Threading.Channels;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>Everything a client stream delivered so far, with a bounded wait for the first item matching a condition.</summary>
internal sealed class EventLog<T>(ChannelReader<T> reader)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly List<T> _seen = [];

    /// <summary>The items delivered so far (everything the client dispatched before this call).</summary>
    public IReadOnlyList<T> Seen
    {
        get
        {
            Drain();
            return _seen;
        }
    }

    /// <summary>The first item (already seen or still to come) matching <paramref name="match"/>; fails after 10 s.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var from = 0;
        while (true)
        {
            Drain();
            for (; from < _seen.Count; from++)
            {
                if (match(_seen[from]))
                {
                    return _seen[from];
                }
            }

            bool more;
            try
            {
                more = await reader.WaitToReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {what} within {Timeout.TotalSeconds} s; seen: {string.Join(" | ", _seen.TakeLast(8))}");
            }

            if (!more)
            {
                throw new InvalidOperationException($"The stream ended before {what}.");
            }
        }
    }

    private void Drain()
    {
        while (reader.TryRead(out var item))
        {
            _seen.Add(item);
        }
    }
}
