namespace Condor.Engine.Broker;

/// <summary>Side of an execution: IB's BOT (bought) or SLD (sold).</summary>
internal enum FillSide
{
    Bought,
    Sold,
}
