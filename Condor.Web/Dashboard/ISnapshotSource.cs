namespace Condor.Web.Dashboard;

/// <summary>
/// Where a page gets what it shows: the current immutable snapshot at once, and every later one as it is
/// published. The state lives in the source (the engine, one day), never in a circuit, so a new or resumed
/// circuit renders the same thing. Subscribers are called on the publisher's thread.
/// </summary>
internal interface ISnapshotSource<out T>
    where T : class
{
    T Current { get; }

    /// <summary>Calls <paramref name="changed"/> with each new snapshot until the returned handle is disposed.</summary>
    IDisposable Subscribe(Action<T> changed);
}
