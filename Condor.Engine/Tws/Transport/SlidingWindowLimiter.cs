namespace Condor.Engine.Tws.Transport;

/// <summary>
/// At most <c>maxMessages</c> sends in any window of length <c>window</c>: remembers the last
/// <c>maxMessages</c> send times and lets the next one go only once the oldest of them is a full window old.
/// Pure (times are passed in); not thread-safe (the pacer calls it under its lock).
/// </summary>
internal sealed class SlidingWindowLimiter
{
    private readonly TimeSpan[] _sent;
    private readonly TimeSpan _window;
    private int _count;
    private int _oldest;

    public SlidingWindowLimiter(int maxMessages, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _sent = new TimeSpan[maxMessages];
        _window = window;
    }

    public int MaxMessages => _sent.Length;

    public TimeSpan Window => _window;

    /// <summary>How long to wait at <paramref name="now"/> before one more send is allowed (zero = now).</summary>
    public TimeSpan DelayBeforeNext(TimeSpan now)
    {
        if (_count < _sent.Length)
        {
            return TimeSpan.Zero;
        }

        var age = now - _sent[_oldest];
        return age >= _window ? TimeSpan.Zero : _window - age;
    }

    /// <summary>Records a send at <paramref name="now"/> (after <see cref="DelayBeforeNext"/> returned zero).</summary>
    public void Record(TimeSpan now)
    {
        if (_count < _sent.Length)
        {
            _sent[(_oldest + _count) % _sent.Length] = now;
            _count++;
            return;
        }

        _sent[_oldest] = now;
        _oldest = (_oldest + 1) % _sent.Length;
    }
}
