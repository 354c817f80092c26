namespace Condor.Tests.Web.Components;

public sealed record CounterSnapshot(int Value);
