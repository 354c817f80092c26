using System.Diagnostics;
using Condor.Engine.Configuration;
using Condor.Engine.Journal;
using Condor.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web;

/// <summary>One Condor per data folder: the second instance does not start and says why.</summary>
[Collection(WebCollection.Name)]
public sealed class DataFolderLockTests
{
    [Fact]
    public void Acquire_FolderHeldByAnotherLockInTheProcess_ThrowsNamingTheFolder()
    {
        using var temp = new TempDirectory();
        using var first = Lock(temp.Path);
        using var second = Lock(temp.Path);
        first.Acquire();

        var error = Assert.Throws<InvalidOperationException>(second.Acquire);

        Assert.Contains("Condor:DataDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains($"another Condor instance holds the data folder '{Path.GetFullPath(temp.Path)}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(temp.Path, DataFolderLock.FileName), first.HeldPath);
        Assert.Null(second.HeldPath);
    }

    [Fact]
    public void Acquire_AfterTheHolderIsDisposed_Succeeds()
    {
        using var temp = new TempDirectory();
        using var second = Lock(temp.Path);
        using (var first = Lock(temp.Path))
        {
            first.Acquire();
            first.Acquire(); // idempotent
        }

        second.Acquire();

        Assert.NotNull(second.HeldPath);
    }

    [Fact]
    public async Task StartUp_SecondHostOnTheSameDataFolder_FailsSayingAnotherCondorHoldsIt()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        await using var first = AppStartup.Build(new Dictionary<string, string?>(), data);
        await first.StartAsync();

        Exception? error = null;
        try
        {
            await using var second = AppStartup.Build(new Dictionary<string, string?>(), data);
            await second.StartAsync();
        }
        catch (InvalidOperationException e)
        {
            error = e;
        }

        // The first keeps working on its journal.
        var claimed = await first.Services.GetRequiredService<IJournal>()
            .TryClaimSessionKeyAsync(new DateOnly(2026, 11, 23), "lock-test", CancellationToken.None);
        await first.StopAsync();

        Assert.NotNull(error);
        Assert.Contains($"another Condor instance holds the data folder '{Path.GetFullPath(data)}'", error.Message, StringComparison.Ordinal);
        Assert.True(claimed);
    }

    [Fact]
    public async Task StartUp_AfterTheFirstHostStopped_SecondHostStarts()
    {
        using var temp = new TempDirectory();
        await using (var first = AppStartup.Build(new Dictionary<string, string?>(), temp.Path))
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        await using var second = AppStartup.Build(new Dictionary<string, string?>(), temp.Path);
        await second.StartAsync();
        var held = second.Services.GetRequiredService<DataFolderLock>().HeldPath;
        await second.StopAsync();

        Assert.Equal(Path.Combine(temp.Path, DataFolderLock.FileName), held);
    }

    [Fact]
    public async Task StartUp_SecondProcessOnAHeldDataFolder_ExitsNonZeroSayingWhy()
    {
        using var temp = new TempDirectory();
        using var held = Lock(temp.Path);
        held.Acquire();
        var app = Path.Combine(AppContext.BaseDirectory, "Condor.Web.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = temp.Path,
        };
        foreach (var argument in new[] { app, $"--Condor:DataDirectory={temp.Path}", "--urls=http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var output = await stdout + await stderr;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains($"another Condor instance holds the data folder '{Path.GetFullPath(temp.Path)}'", output, StringComparison.Ordinal);
    }

    private static DataFolderLock Lock(string folder) =>
        new(Options.Create(new CondorOptions { DataDirectory = folder }));
}
