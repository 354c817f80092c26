using Condor.Engine.Configuration;
using Condor.Engine.Tws.Client;

namespace Condor.Tests.Tws.Client;

public sealed class AccountGuardTests
{
    [Theory]
    [InlineData(TradingMode.Paper, "", "", "DU1234567", "DU1234567")]
    [InlineData(TradingMode.Simulated, "", "", "DU0000001", "DU0000001")]
    [InlineData(TradingMode.Live, "", "", "U1234567", "U1234567")]
    [InlineData(TradingMode.Paper, "DU2", "", "DU1,DU2", "DU2")]
    [InlineData(TradingMode.Live, "U2", "U2", "U1,U2", "U2")]
    public void Resolve_AllowedAccount_ReturnsIt(TradingMode mode, string configured, string requested, string managed, string expected)
    {
        var (account, refusal) = AccountGuard.Resolve(mode, configured, requested, managed);

        Assert.Null(refusal);
        Assert.Equal(expected, account);
    }

    [Theory]
    [InlineData(TradingMode.Paper, "", "", "U1234567", "not a paper account")]
    [InlineData(TradingMode.Simulated, "", "", "U1234567", "not a paper account")]
    [InlineData(TradingMode.Live, "", "", "DU1234567", "refuses paper account")]
    [InlineData(TradingMode.Paper, "DU1", "DU2", "DU1,DU2", "Condor:Broker:Account is DU1")]
    [InlineData(TradingMode.Paper, "DU9", "", "DU1,DU2", "not one the gateway manages")]
    [InlineData(TradingMode.Paper, "", "", "DU1,DU2", "several accounts")]
    [InlineData(TradingMode.Paper, "", "", "", "not said which accounts")]
    [InlineData(TradingMode.Experiment, "DU1", "", "DU1", "Experiment mode sends no orders")]
    public void Resolve_RefusedAccount_SaysWhyAndNamesTheSetting(TradingMode mode, string configured, string requested, string managed, string why)
    {
        var (account, refusal) = AccountGuard.Resolve(mode, configured, requested, managed);

        Assert.Null(account);
        Assert.Contains(why, refusal, StringComparison.Ordinal);
    }
}
