namespace Condor.Engine.Configuration;

/// <summary>
/// Whether Condor can write its data folder (the journal, its backups, the login keys): probed at start-up (a folder
/// it cannot write stops the app) and by <c>/health</c> (an app that cannot journal is not healthy).
/// </summary>
internal static class DataFolder
{
    /// <summary>Null when <paramref name="directory"/> can be created and written and every existing file in
    /// <paramref name="files"/> opened for writing; otherwise the reason.</summary>
    public static string? WhyNotWritable(string directory, params string[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".condor-write-check-{Environment.ProcessId}");
            using (new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            foreach (var file in files.Where(f => File.Exists(f) || Directory.Exists(f)))
            {
                using var open = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return e.Message;
        }
    }
}
