namespace Condor.Engine.Journal;

/// <summary>What an audit entry records.</summary>
internal enum AuditKind
{
    Command,
    Decision,
    OrderAction,
    Error,
}
