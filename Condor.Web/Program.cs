using Condor.Web;
using Condor.Web.Cli;

if (CommandLine.TryRun(args, Console.In, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCondorWeb();
var app = builder.Build();
app.UseCondorWeb();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests' WebApplicationFactory can find it.</summary>
public partial class Program;
