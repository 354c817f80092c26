namespace Condor.Engine.Journal;

/// <summary>What an order of Condor's is for; part of its orderRef.</summary>
internal enum OrderRole
{
    Entry,
    Target,
    Stop,
    Time,
    Kill,
}
