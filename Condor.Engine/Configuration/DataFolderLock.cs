using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// One Condor per data folder: an OS file lock on <c>condor.lock</c> in <c>Condor:DataDirectory</c>, opened with
/// <see cref="FileShare.None"/> and held until this instance is disposed (the host's lifetime). Two engines on one
/// journal would both think they are the one writer (a second entry for the same day, exits re-placed twice), so the
/// second one does not start: it says which folder and that another Condor holds it. Taken by the journal's start-up
/// before the journal opens. The OS drops the lock when the process dies, so a crash leaves nothing to clean up;
/// the file itself stays (deleting it on exit would let two later instances lock two different files).
/// </summary>
internal sealed class DataFolderLock(IOptions<CondorOptions> condor) : IDisposable
{
    public const string FileName = "condor.lock";

    private readonly Lock _gate = new();
    private FileStream? _held;
    private bool _disposed;

    /// <summary>The lock file while held; null before <see cref="Acquire"/> and after dispose.</summary>
    public string? HeldPath
    {
        get
        {
            lock (_gate)
            {
                return _held?.Name;
            }
        }
    }

    /// <summary>Takes the lock (once; later calls return at once). Throws, naming the folder, when another instance holds it.</summary>
    public void Acquire()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_held is not null)
            {
                return;
            }

            var folder = Path.GetFullPath(condor.Value.DataDirectory);
            var path = Path.Combine(folder, FileName);
            try
            {
                Directory.CreateDirectory(folder);
                // FileShare.None: on Windows a sharing lock, on Linux/macOS .NET takes flock(LOCK_EX | LOCK_NB), which
                // conflicts across processes and also between two opens in one process.
                _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException e)
            {
                throw new InvalidOperationException(
                    $"{CondorOptions.Section}:{nameof(CondorOptions.DataDirectory)} (value '{condor.Value.DataDirectory}'): " +
                    $"another Condor instance holds the data folder '{folder}' (its lock file {path} is locked: {e.Message}). " +
                    $"One Condor per data folder: stop the other instance, or give this one its own {CondorOptions.Section}:{nameof(CondorOptions.DataDirectory)}.",
                    e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new InvalidOperationException(
                    $"{CondorOptions.Section}:{nameof(CondorOptions.DataDirectory)} (value '{condor.Value.DataDirectory}'): " +
                    $"the lock file {path} cannot be opened: {e.Message}",
                    e);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _held?.Dispose();
            _held = null;
        }
    }
}
