namespace Condor.Engine.Journal;

/// <summary>An intent committed to the journal: send the order with this orderRef.</summary>
internal sealed record RecordedIntent(long OrderRowId, OrderRef OrderRef);
