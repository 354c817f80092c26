using System.Threading.Channels;
using Condor.Engine.Execution.Orders;

namespace Condor.Tests.Execution.Orders;

/// <summary>The chase's progress reports, with a bounded wait for the next one of a kind.</summary>
internal sealed class ProgressLog
{
    private readonly Channel<EntryProgress> _channel = Channel.CreateUnbounded<EntryProgress>();
    private readonly List<EntryProgress> _seen = [];

    public Action<EntryProgress> Sink => p => _channel.Writer.TryWrite(p);

    public IReadOnlyList<EntryProgress> Seen
    {
        get
        {
            while (_channel.Reader.TryRead(out var p))
            {
                _seen.Add(p);
            }

            return _seen;
        }
    }

    /// <summary>The <paramref name="count"/>-th re-price decision (Repriced, Held or RepriceRefused).</summary>
    public Task<EntryProgress> WaitForStepAsync(int count, Task run) => WaitForAsync(Steps, count, run);

    private const string Steps = "Repriced|Held|RepriceRefused";

    /// <summary>Waits (at most 30 s of wall time: the machine may be busy, never sleeping) for the <paramref name="count"/>-th report of <paramref name="what"/>.</summary>
    public async Task<EntryProgress> WaitForAsync(string what, int count = 1, Task? run = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var matching = Seen.Where(p => what.Split('|').Contains(p.What)).ToList();
            if (matching.Count >= count)
            {
                return matching[count - 1];
            }

            var next = _channel.Reader.WaitToReadAsync(timeout.Token).AsTask();
            try
            {
                await Task.WhenAny(next, run ?? next).WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {what} #{count} within 30 s; seen: {string.Join(", ", Seen.Select(p => $"{p.What} {p.LimitCredit} step {p.Step}"))}");
            }

            if (run is not null && await Task.WhenAny(next, run) == run && !next.IsCompleted)
            {
                await run; // a failed chase shows its exception
                throw new InvalidOperationException($"The chase ended before {what} #{count}; seen: {string.Join(", ", Seen.Select(p => p.What))}");
            }

            if (!await next)
            {
                throw new InvalidOperationException("The progress stream ended.");
            }
        }
    }
}
