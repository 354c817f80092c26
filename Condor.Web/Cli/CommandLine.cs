namespace Condor.Web.Cli;

/// <summary>
/// The owner's command-line tools, run instead of the web app when the first argument names one:
/// <c>hash-password</c> (and later <c>calendar</c>, <c>simulate</c>).
/// </summary>
internal static class CommandLine
{
    /// <summary>The exit code when <paramref name="args"/> names a command; null to start the web app.</summary>
    public static int? TryRun(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            return null;
        }

        return args[0] switch
        {
            "hash-password" => HashPasswordCommand.Run(input, output, error),
            _ => null,
        };
    }
}
