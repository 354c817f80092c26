namespace Condor.Engine.Simulation;

/// <summary>The combo order types the simulator fills.</summary>
internal enum ComboOrderType
{
    Limit,
    Market,
    Stop,
}
