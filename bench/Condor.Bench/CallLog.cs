using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Condor.Bench;

/// <summary>One call through a timed interface: the method, when it was called and when its task completed.</summary>
internal sealed record TimedCall(string Method, DateTimeOffset Start, DateTimeOffset End)
{
    public double Milliseconds => (End - Start).TotalMilliseconds;
}

/// <summary>
/// The calls made through the interfaces wrapped by <see cref="TimedProxy{T}"/>, stamped on one clock (the bench passes
/// the simulator's virtual clock: at speed 1 it is the wall clock plus a constant, and it is the clock the simulator
/// stamps an order's arrival with).
/// </summary>
internal sealed class CallLog(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<TimedCall> _calls = [];

    public DateTimeOffset Now() => clock.GetUtcNow();

    public void Add(TimedCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }
    }

    public IReadOnlyList<TimedCall> Calls()
    {
        lock (_gate)
        {
            return [.. _calls];
        }
    }
}

/// <summary>
/// A decorator made at run time over any interface: forwards every call to the real object and logs, for each call
/// that returns a task, the call instant and the task's completion instant. The engine runs unchanged on it (no probe
/// inside the engine); the cost is one reflection call per method call, paid equally by every run.
/// </summary>
#pragma warning disable CA1812 // instantiated by DispatchProxy.Create
internal class TimedProxy<T> : DispatchProxy
#pragma warning restore CA1812
    where T : class
{
    private T _target = null!;
    private CallLog _log = null!;

    public static T Wrap(T target, CallLog log)
    {
        var proxy = Create<T, TimedProxy<T>>();
        var timed = (TimedProxy<T>)(object)proxy;
        timed._target = target;
        timed._log = log;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var start = _log.Now();
        object? result;
        try
        {
            result = targetMethod.Invoke(_target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        if (result is Task task)
        {
            var name = targetMethod.Name;
            _ = task.ContinueWith(_ => _log.Add(new TimedCall(name, start, _log.Now())), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return result;
    }
}
