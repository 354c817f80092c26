namespace Condor.Web.Cli;

/// <summary>
/// The owner's command-line tools, run instead of the web app when the first argument names one:
/// <c>hash-password</c>, <c>calendar</c>, <c>simulate</c>, <c>doctor</c>. Commands read the same configuration as the app
/// (appsettings.json, environment variables, <c>--Key=value</c> arguments).
/// </summary>
internal static class CommandLine
{
    /// <summary>The exit code when <paramref name="args"/> names a command; null to start the web app.</summary>
    public static int? TryRun(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        TryRun(args, input, output, error, () => AppConfiguration(args));

    public static int? TryRun(string[] args, TextReader input, TextWriter output, TextWriter error, Func<IConfiguration> configuration)
    {
        if (args.Length == 0)
        {
            return null;
        }

        return args[0] switch
        {
            "hash-password" => HashPasswordCommand.Run(input, output, error),
            "calendar" => CalendarCommand.Run(args, configuration(), output, error),
            "simulate" => SimulateCommand.Run(args, configuration(), output, error),
            "doctor" => DoctorCommand.Run(args, configuration(), output, error),
            _ => null,
        };
    }

    private static IConfiguration AppConfiguration(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray())
            .Build();
}
