namespace Condor.Engine.Journal;

/// <summary>The four legs of an iron condor.</summary>
internal enum LegPosition
{
    LongPut,
    ShortPut,
    ShortCall,
    LongCall,
}
