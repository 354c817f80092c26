using System.Globalization;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Safety;

/// <summary>
/// Pause and resume (issue 13): a pause skips future entries until resumed and survives restarts and sessions (the
/// journal's engine flag <c>paused</c>, per mode). It sends nothing to the broker: an open position keeps its exits
/// and its watch. Pausing twice, or resuming when not paused, changes nothing.
/// </summary>
internal sealed class PauseSwitch(IJournal journal, TimeProvider time)
{
    public const string FlagKey = "paused";

    public async Task<bool> IsPausedAsync(CancellationToken cancellationToken) =>
        await journal.GetEngineFlagAsync(FlagKey, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Pauses; false when already paused (nothing changed).</summary>
    public async Task<bool> PauseAsync(AuditActor actor, CancellationToken cancellationToken)
    {
        if (await IsPausedAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var since = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await journal.SetEngineFlagAsync(FlagKey, string.Create(CultureInfo.InvariantCulture, $"{actor} {since}"), cancellationToken).ConfigureAwait(false);
        await journal.AppendAuditAsync(new AuditEntry(actor, AuditKind.Command, "Paused: future entries are skipped until resumed; an open position is not touched", null, null), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Resumes; false when not paused (nothing changed).</summary>
    public async Task<bool> ResumeAsync(AuditActor actor, CancellationToken cancellationToken)
    {
        if (!await IsPausedAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await journal.SetEngineFlagAsync(FlagKey, null, cancellationToken).ConfigureAwait(false);
        await journal.AppendAuditAsync(new AuditEntry(actor, AuditKind.Command, "Resumed: entries are taken again", null, null), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
