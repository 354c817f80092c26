using Condor.Engine.Journal;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Configuration;

/// <summary>
/// Stops start-up when <c>Condor:DataDirectory</c> cannot be written (before, it was found out only when the
/// first login or journal write failed): the journal must be writable before any trading can happen.
/// </summary>
internal sealed class DataDirectoryValidator(IOptions<JournalOptions> journal) : IValidateOptions<CondorOptions>
{
    public ValidateOptionsResult Validate(string? name, CondorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            return ValidateOptionsResult.Skip; // the data annotations report the empty value
        }

        var problem = WhyNotWritable(options, journal.Value);
        return problem is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{CondorOptions.Section}:DataDirectory (value '{options.DataDirectory}'): the folder '{Path.GetFullPath(options.DataDirectory)}' " +
                $"must be writable (the journal and the login keys live there): {problem}");
    }

    /// <summary>Null when the data folder and the journal file can be written; otherwise why not.</summary>
    internal static string? WhyNotWritable(CondorOptions condor, JournalOptions journal)
    {
        string[] files;
        try
        {
            files = string.IsNullOrWhiteSpace(journal.FileName) ? [] : [JournalLocation.Resolve(condor, journal).DatabasePath];
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return e.Message;
        }

        return DataFolder.WhyNotWritable(Path.GetFullPath(condor.DataDirectory), files);
    }
}
