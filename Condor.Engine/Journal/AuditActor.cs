namespace Condor.Engine.Journal;

/// <summary>Who caused an audited action.</summary>
internal enum AuditActor
{
    Schedule,
    OwnerWeb,
    OwnerBot,
    Engine,
}
