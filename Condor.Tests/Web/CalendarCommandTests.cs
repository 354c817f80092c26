using Condor.Web.Cli;
using Microsoft.Extensions.Configuration;

namespace Condor.Tests.Web;

public sealed class CalendarCommandTests
{
    [Fact]
    public void Calendar_Year2026_PrintsHolidaysAndEarlyClosesAsCsv()
    {
        var (exit, output, _) = Run(["calendar", "--from", "2026-01-01", "--to", "2026-12-31"]);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.Equal("date,kind,close_et", lines[0]);
        Assert.Contains("2026-01-01,holiday,", lines);
        Assert.Contains("2026-04-03,holiday,", lines); // Good Friday
        Assert.Contains("2026-07-03,holiday,", lines); // Independence Day observed (July 4 is a Saturday)
        Assert.Contains("2026-11-27,early_close,13:00", lines);
        Assert.Contains("2026-12-24,early_close,13:00", lines);
        Assert.Contains("2026-12-25,holiday,", lines);
        Assert.Equal(lines.Skip(1).Order(StringComparer.Ordinal), lines.Skip(1));
    }

    [Fact]
    public void Calendar_ExtraClosureConfigured_PrintedAsHoliday()
    {
        var (exit, output, _) = Run(
            ["calendar", "--from", "2026-03-01", "--to", "2026-03-31"],
            new Dictionary<string, string?> { ["Condor:Schedule:ExtraClosures:0"] = "2026-03-10" });

        Assert.Equal(0, exit);
        Assert.Contains("2026-03-10,holiday,", output.Split('\n'));
    }

    [Theory]
    [InlineData("calendar")]
    [InlineData("calendar --from 2026-01-01")]
    [InlineData("calendar --from 2026-13-01 --to 2026-12-31")]
    [InlineData("calendar --from 2026-12-31 --to 2026-01-01")]
    public void Calendar_BadArguments_ExitTwoWithMessage(string commandLine)
    {
        var (exit, _, error) = Run(commandLine.Split(' '));

        Assert.Equal(2, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Calendar_MalformedExtraClosure_NamesTheKey()
    {
        var (exit, _, error) = Run(
            ["calendar", "--from", "2026-01-01", "--to", "2026-01-31"],
            new Dictionary<string, string?> { ["Condor:Schedule:ExtraClosures:0"] = "10/03/2026" });

        Assert.Equal(2, exit);
        Assert.Contains("Condor:Schedule:ExtraClosures", error, StringComparison.Ordinal);
    }

    private static (int? Exit, string Output, string Error) Run(string[] args, Dictionary<string, string?>? settings = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var exit = CommandLine.TryRun(args, TextReader.Null, output, error, () => configuration);
        return (exit, output.ToString(), error.ToString());
    }
}
