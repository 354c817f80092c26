namespace Condor.Tests.Web;

/// <summary>Until the safety issue's start-up reconciliation is in, Live does not start, and says why.</summary>
[Collection(WebCollection.Name)]
public sealed class LiveModeGateTests
{
    [Fact]
    public async Task StartUp_LiveMode_RefusedNamingTheKeyAndTheReason()
    {
        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["Condor:Mode"] = "Live" });

        Assert.NotNull(error);
        Assert.Contains("Condor:Mode (value 'Live')", error.Message, StringComparison.Ordinal);
        Assert.Contains("reconciliation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Paper")]
    [InlineData("Experiment")]
    [InlineData("Simulated")]
    public async Task StartUp_OtherModes_Start(string mode) =>
        Assert.Null(await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["Condor:Mode"] = mode }));
}
