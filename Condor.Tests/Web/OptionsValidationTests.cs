using Microsoft.Extensions.Options;

namespace Condor.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class OptionsValidationTests
{
    /// <summary>Every setting Condor defines with a value it refuses; start-up must name the key.</summary>
    public static TheoryData<string, string> InvalidSettings => new()
    {
        { "Condor:Mode", "Real" },
        { "Condor:Mode", "3" }, // numbers bound to Live
        { "Condor:Mode", "Experiment,Paper" }, // flags syntax: 1 | 2 = Live
        { "Condor:Strategy:Underlying", "1" },
        { "Condor:Strategy:Sizing", "2" },
        { "Condor:Strategy:WingWidht", "25" }, // unknown keys were ignored
        { "Condor:Broker:Hostname", "gateway" },
        { "Condor:Simulater:Port", "4002" },
        { "Condor:Web:KnownProxies:0", "proxy.example" },
        { "Condor:Web:LoginAttemptsPerMinuteTotal", "0" },
        { "Condor:DataDirectory", "" },
        { "Condor:OwnerTimeZone", "Mars/Olympus_Mons" },
        { "Condor:Strategy:Underlying", "SPY" },
        { "Condor:Strategy:EntryTime", "25:99" },
        { "Condor:Strategy:EntryDeadline", "09:31:00" },
        { "Condor:Strategy:TargetDeltaPoints", "0" },
        { "Condor:Strategy:DeltaCeilingPoints", "12" },
        { "Condor:Strategy:WingWidth", "0" },
        { "Condor:Strategy:MinCredit", "0" },
        { "Condor:Strategy:RepriceIntervalSeconds", "0" },
        { "Condor:Strategy:ChaseStep", "0" },
        { "Condor:Strategy:ProfitTargetPercent", "100" },
        { "Condor:Strategy:StopMultiple", "1" },
        { "Condor:Strategy:StopTriggerMethod", "Default" },
        { "Condor:Strategy:TimeExit", "09:00:00" },
        { "Condor:Strategy:Sizing", "Martingale" },
        { "Condor:Strategy:Contracts", "0" },
        { "Condor:Strategy:SizingPercent", "0" },
        { "Condor:Strategy:MaxContracts", "0" },
        { "Condor:Strategy:MaxMarginPerTrade", "0" },
        { "Condor:Strategy:VixCeiling", "0" },
        { "Condor:Strategy:VixSpikePercent", "0" },
        { "Condor:Strategy:MaxLegSpread", "0" },
        { "Condor:Broker:Host", "" },
        { "Condor:Broker:Port", "70000" },
        { "Condor:Broker:ClientId", "-1" },
        { "Condor:Broker:ConnectTimeoutSeconds", "0" },
        { "Condor:Broker:RequestTimeoutSeconds", "0" },
        { "Condor:Schedule:WarmupTime", "noon" },
        { "Condor:Schedule:EndOfDayTime", "09:00:00" },
        { "Condor:Schedule:ExtraClosures:0", "next tuesday" },
        { "Condor:Notifications:DiscordWebhookUrl", "discord" },
        { "Condor:Notifications:NtfyTopicUrl", "ntfy" },
        { "Condor:Notifications:SmtpPort", "0" },
        { "Condor:Notifications:EmailTo", "owner" },
        { "Condor:Journal:FileName", "" },
        { "Condor:Journal:BackupFolder", "" },
        { "Condor:Journal:BackupCopies", "0" },
        { "Condor:Journal:BusyTimeoutMilliseconds", "10" },
        { "Condor:Simulator:Port", "70000" },
        { "Condor:Simulator:Seed", "-1" },
        { "Condor:Clock:Start", "09:25" },
        { "Condor:Clock:Speed", "-1" },
        { "Condor:Clock:StartedAtUtc", "2026-11-23 08:00" },
        { "Condor:Simulator:Scenario", "/no/such/scenario.json" },
        { "Condor:Web:PasswordHash", "hunter2" },
        { "Condor:Web:ApiToken", "short" },
        { "Condor:Web:LoginAttemptsPerMinute", "0" },
        { "Condor:Web:SessionHours", "0" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task StartUp_InvalidSetting_FailsNamingTheKey(string key, string value)
    {
        // A list index is part of the configuration key but not of the message about the list.
        var named = key.EndsWith(":0", StringComparison.Ordinal) ? key[..^2] : key;

        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { [key] = value });

        Assert.NotNull(error);
        var message = Flatten(error);
        Assert.True(error is OptionsValidationException or InvalidOperationException or AggregateException, message);
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Condor:Strategy:WingWidth", "0", "between 1 and 500")]
    [InlineData("Condor:Broker:Port", "0", "between 1 and 65535")]
    [InlineData("Condor:Web:LoginAttemptsPerMinute", "1000", "between 1 and 100")]
    public async Task StartUp_OutOfRange_NamesTheAllowedRange(string key, string value, string range)
    {
        var message = Flatten(await StartErrorAsync(key, value));

        Assert.Contains(key, message, StringComparison.Ordinal);
        Assert.Contains(range, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_SecretInvalid_DoesNotEchoTheValue()
    {
        var message = Flatten(await StartErrorAsync("Condor:Web:ApiToken", "leaky secret"));

        Assert.Contains("Condor:Web:ApiToken", message, StringComparison.Ordinal);
        Assert.DoesNotContain("leaky secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_Defaults_StartInSimulatedMode()
    {
        using var data = new TestSupport.TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?>(), data.Path);

        await app.StartAsync();
        var condor = app.Services.GetRequiredService<IOptions<Condor.Engine.Configuration.CondorOptions>>().Value;
        await app.StopAsync();

        Assert.Equal(Condor.Engine.Configuration.TradingMode.Simulated, condor.Mode);
    }

    private static async Task<Exception> StartErrorAsync(string key, string value) =>
        await AppStartup.TryStartAsync(new Dictionary<string, string?> { [key] = value })
        ?? throw new Xunit.Sdk.XunitException($"{key} = '{value}' did not stop start-up");

    private static string Flatten(Exception error)
    {
        var parts = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            parts.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                parts.AddRange(aggregate.InnerExceptions.Select(Flatten));
            }
        }

        return string.Join(" | ", parts);
    }
}
