namespace Condor.Engine.Market;

/// <summary>Put or call.</summary>
internal enum OptionRight
{
    Put,
    Call,
}
