namespace Condor.Engine.Simulation;

/// <summary>Put or call.</summary>
internal enum OptionRight
{
    Put,
    Call,
}
