namespace Condor.Engine.Execution.Orders;

/// <summary>The exits' OCA group: its name (one per trade) and IB's ocaType (1 for one contract, 2 for more).</summary>
internal sealed record ExitGroup(string Name, int OcaType);
