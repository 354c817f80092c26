namespace Condor.Engine.Journal;

/// <summary>Who caused an audited action.</summary>
internal enum AuditActor
{
    Schedule,
    OwnerWeb,
    OwnerBot,
    Engine,

    /// <summary>Reconciliation of the journal with the gateway (adopted fills and orders, re-attached exits).</summary>
    Reconciliation,
}
