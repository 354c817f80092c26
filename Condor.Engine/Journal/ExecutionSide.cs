namespace Condor.Engine.Journal;

/// <summary>Side of an execution as TWS reports it: BOT (bought) or SLD (sold).</summary>
internal enum ExecutionSide
{
    Bought,
    Sold,
}
