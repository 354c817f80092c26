namespace Condor.Engine.Strategy;

/// <summary>
/// The day's state the guards look at (from the journal and the broker's positions): entries filled this
/// session (fully or partly), whether an entry order is working, and condor contracts currently open.
/// </summary>
internal sealed record GuardInput(int FilledEntriesThisSession, bool EntryOrderWorking, int OpenPositionContracts);
