using System.Diagnostics;
using System.Globalization;
using Condor.Engine.Execution.Phases;

namespace Condor.Bench;

/// <summary>
/// Issue 12's entry latency on the wall clock at speed 1: an engine against the built-in simulator over loopback with
/// a real SQLite journal (<see cref="EntryRig"/>), from the scheduled entry instant (09:32:00 ET) to the combo's
/// placeOrder arriving at the simulator (the simulator stamps <see cref="Engine.Simulation.Gateway.BookOrder.Arrival"/>
/// on its clock when it handles the decoded request). The simulator's virtual clock is the one time base: at speed 1 it
/// is the wall clock (Stopwatch) plus a constant, and the engine's phases, the timed calls (<see cref="CallLog"/>) and
/// the arrival are all stamped on it.
/// <list type="bullet">
/// <item>Warm: the engine warms up at 09:25 (chain discovered and subscribed, greeks arrived) while the clock is stepped;
/// at 09:31:59.5 the clock runs at speed 1 through the entry. The simulator's own pacing check is off (the stepped
/// warm-up outruns 50 messages a wall second); the client still paces at IB's rate on the clock, at speed 1 from then on. Goal: p99 without the whatIf round trip ≤ 10 ms.</item>
/// <item>Cold: the process arrives at 09:32:00 (simulator up, engine not yet connected) and the clock runs at speed 1
/// from that instant: connection, account, contract and chain discovery and the subscriptions at IB's pacing, then the
/// entry. The wait for greeks is not counted: the strike-scan phase (which re-scans every 250 ms until the first
/// condor can be built) is subtracted as a whole. Goal: ≤ 5 s (p99).</item>
/// </list>
/// </summary>
internal sealed class EntryLatencyBenchmark : IBenchmark
{
    private const int WarmRuns = 40;
    private const int ColdRuns = 10;
    private const int DiscardedRuns = 2; // JIT and tiered compilation of the whole path
    private static readonly TimeSpan WarmGoal = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan ColdGoal = TimeSpan.FromSeconds(5);
    private static readonly DateTimeOffset Entry = EntryRig.Et(new TimeOnly(9, 32));
    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(10);

    public string Name => "entry-latency";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        output.WriteLine(Invariant($"  machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
        var failures = new List<string>();
        var discarded = new List<Sample>();
        for (var i = 0; i < DiscardedRuns; i++)
        {
            Collect(await WarmRunAsync(100 + (ulong)i, cancellationToken), discarded, failures);
            Collect(await ColdRunAsync(200 + (ulong)i, cancellationToken), discarded, failures);
        }

        var warm = new List<Sample>();
        for (var i = 0; i < WarmRuns; i++)
        {
            Collect(await WarmRunAsync((ulong)i + 1, cancellationToken), warm, failures);
        }

        var cold = new List<Sample>();
        for (var i = 0; i < ColdRuns; i++)
        {
            Collect(await ColdRunAsync((ulong)i + 1, cancellationToken), cold, failures);
        }

        Report(output, "warm", warm, cold: false);
        Report(output, "cold", cold, cold: true);
        foreach (var failure in failures.Distinct())
        {
            output.WriteLine("  failed run: " + failure);
        }

        output.WriteLine(Invariant($"  {warm.Count + cold.Count} runs measured, {DiscardedRuns * 2} discarded first, {failures.Count} failed, in {watch.Elapsed.TotalSeconds:F0} s wall; load average after {LoadAverage()}"));
    }

    private static void Collect((Sample? Sample, string? Failure) run, List<Sample> samples, List<string> failures)
    {
        if (run.Sample is { } sample)
        {
            samples.Add(sample);
        }
        else
        {
            failures.Add(run.Failure!);
        }
    }

    private static async Task<(Sample?, string?)> WarmRunAsync(ulong seed, CancellationToken cancellationToken)
    {
        await using var rig = await EntryRig.CreateAsync(EntryRig.Et(new TimeOnly(9, 25)), seed, pacing: false, cancellationToken);
        rig.Begin();
        await rig.Engine.FirstConnectAttempt.WaitAsync(RunBound, cancellationToken);
        await rig.StepToAsync(EntryRig.Et(new TimeOnly(9, 25, 30)), TimeSpan.FromSeconds(1), cancellationToken); // warm-up: pacing steps
        await rig.StepToAsync(EntryRig.Et(new TimeOnly(9, 31, 55)), TimeSpan.FromSeconds(5), cancellationToken);
        await rig.StepToAsync(EntryRig.Et(new TimeOnly(9, 31, 59, 500)), TimeSpan.FromMilliseconds(500), cancellationToken);
        if (rig.Phase(EntryPhase.Connect).Status != PhaseStatus.Done || rig.Phase(EntryPhase.Wait).Status != PhaseStatus.Running)
        {
            return (null, $"warm: not warmed up by 09:31:59.5 ({rig.Phase(EntryPhase.Connect).Message})");
        }

        rig.Clock.SetSpeed(1);
        return await MeasureAsync(rig, cold: false, cancellationToken);
    }

    private static async Task<(Sample?, string?)> ColdRunAsync(ulong seed, CancellationToken cancellationToken)
    {
        await using var rig = await EntryRig.CreateAsync(Entry, seed, pacing: true, cancellationToken);
        rig.Clock.SetSpeed(1); // the process arrives at the entry instant
        rig.Begin();
        return await MeasureAsync(rig, cold: true, cancellationToken);
    }

    /// <summary>Waits (bounded on the wall clock) for the entry order at the simulator, then reads the stamps.</summary>
    private static async Task<(Sample?, string?)> MeasureAsync(EntryRig rig, bool cold, CancellationToken cancellationToken)
    {
        var bound = Stopwatch.StartNew();
        Engine.Simulation.Gateway.BookOrder? order;
        while ((order = rig.EntryOrder()) is null || !rig.Log.Calls().Any(c => c.Method == "PlaceOrderAsync"))
        {
            if (rig.Engine.Snapshot.Decision?.NoTradeReason is { } reason)
            {
                return (null, $"{(cold ? "cold" : "warm")}: no trade: {reason}");
            }

            if (bound.Elapsed > RunBound)
            {
                return (null, $"{(cold ? "cold" : "warm")}: no entry order within {RunBound.TotalSeconds} s wall: "
                    + string.Join(", ", rig.Engine.Snapshot.Phases.Phases.Select(p => $"{p.Phase} {p.Status} '{p.Message}'")));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(2), TimeProvider.System, cancellationToken);
        }

        var arrival = order.Arrival;
        rig.Clock.SetSpeed(0);
        var calls = rig.Log.Calls().Where(c => c.Start >= Entry).OrderBy(c => c.Start).ToList();
        var place = calls.First(c => c.Method == "PlaceOrderAsync");
        var whatIf = calls.FirstOrDefault(c => c.Method == "WhatIfAsync" && c.End <= place.Start);
        var findStrikes = rig.Phase(EntryPhase.FindStrikes);
        var connect = rig.Phase(EntryPhase.Connect);
        if (findStrikes is not { StartedAt: { } scanStart, EndedAt: { } chosen })
        {
            return (null, "strike scan phase has no end");
        }

        var journalFrom = whatIf?.End ?? chosen;
        var journal = calls.Where(c => JournalMethods.Contains(c.Method) && c.Start >= journalFrom && c.End <= place.Start).ToList();
        string[] guardMethods = ["GetOpenOrdersAsync", "GetCompletedOrdersAsync", "GetExecutionsAsync"];
        return (new Sample(
            Total: Ms(arrival - Entry),
            Discovery: cold && connect.EndedAt is { } warmed ? Ms(warmed - Entry) : 0,
            GreeksWait: cold ? Ms(chosen - scanStart) : 0,
            Decision: Ms(chosen - Entry),
            Guards: calls.Where(c => guardMethods.Contains(c.Method) && c.End <= chosen).Sum(c => c.Milliseconds),
            WhatIf: whatIf?.Milliseconds ?? 0,
            Journal: journal.Sum(c => c.Milliseconds),
            Socket: Ms(arrival - place.Start),
            JournalCalls: string.Join(", ", journal.Select(c => c.Method).Distinct())), null);
    }

    private static readonly HashSet<string> JournalMethods =
        ["TryClaimSessionKeyAsync", "AppendAuditAsync", "RecordTradeAsync", "RecordOrderIntentAsync", "GetOpenTradeAsync"];

    private static void Report(TextWriter output, string path, List<Sample> samples, bool cold)
    {
        if (samples.Count == 0)
        {
            output.WriteLine($"  {path}: no run measured");
            return;
        }

        output.WriteLine(Invariant($"  {path} path, {samples.Count} runs (ms; median / p99, nearest rank)"));
        void Row(string what, Func<Sample, double> of) =>
            output.WriteLine(Invariant($"    {what,-62} {LatencyStatistics.Median(samples.Select(of).ToList()),10:F2} / {LatencyStatistics.Percentile(samples.Select(of).ToList(), 0.99),10:F2}"));

        Row("entry instant -> placeOrder at the simulator (all)", s => s.Total);
        if (cold)
        {
            Row("  connect, account, chain discovery, subscriptions (IB pacing)", s => s.Discovery);
            Row("  wait for greeks: the strike-scan phase (NOT counted)", s => s.GreeksWait);
            Row("  decision: entry instant -> strikes chosen, incl. the above", s => s.Decision);
        }
        else
        {
            Row("  decision: entry instant -> strikes chosen", s => s.Decision);
        }

        Row("    of which the guards' broker queries (open/completed/execs)", s => s.Guards);
        Row("  whatIf round trip (reported apart)", s => s.WhatIf);
        Row("  journal intent commit (" + samples[0].JournalCalls + ")", s => s.Journal);
        Row("  encoding + socket: PlaceOrderAsync call -> arrival", s => s.Socket);
        Row("  other engine work (sizing, phases, events; the rest)", s => s.Total - s.Decision - s.WhatIf - s.Journal - s.Socket);
        if (cold)
        {
            Func<Sample, double> measured = s => s.Total - s.GreeksWait;
            Row("measured: all minus the wait for greeks", measured);
            Row("measured without the whatIf round trip", s => measured(s) - s.WhatIf);
            Goal(output, "cold p99, all minus the wait for greeks", LatencyStatistics.Percentile(samples.Select(measured).ToList(), 0.99), ColdGoal);
        }
        else
        {
            Func<Sample, double> measured = s => s.Total - s.WhatIf;
            Row("measured: all without the whatIf round trip", measured);
            Goal(output, "warm p99 without the whatIf round trip", LatencyStatistics.Percentile(samples.Select(measured).ToList(), 0.99), WarmGoal);
        }
    }

    private static void Goal(TextWriter output, string what, double p99, TimeSpan goal) =>
        output.WriteLine(Invariant($"  GOAL {what}: {p99:F2} ms, goal <= {goal.TotalMilliseconds:F0} ms: {(p99 <= goal.TotalMilliseconds ? "PASS" : "MISS")}"));

    private static double Ms(TimeSpan span) => span.TotalMilliseconds;

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Sample(
        double Total, double Discovery, double GreeksWait, double Decision, double Guards, double WhatIf, double Journal, double Socket, string JournalCalls);
}
