using Condor.Engine.Market;
using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

/// <summary>Position arithmetic never wraps around: it is checked, and limits are computed in 64 bits.</summary>
public sealed class PositionOverflowTests
{
    private static readonly DateOnly Session = new(2026, 11, 23);
    private static readonly IReadOnlyList<ComboLeg> Condor = ComboLeg.IronCondor(5900, 5920, 6080, 6100);
    private static readonly decimal[] Prices = [2.00m, 4.00m, 3.50m, 1.00m];

    private static SimulatedAccount Account() => new(new AccountOptions { StartingCash = 100_000m, CommissionPerContract = 0.65m });

    [Fact]
    public void ApplyComboFill_PositionBeyondInt32_ThrowsInsteadOfWrapping()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, int.MaxValue - 1, Prices);

        Assert.Throws<OverflowException>(() => account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, 2, Prices));
        Assert.All(account.Positions, p => Assert.Equal(int.MaxValue - 1, Math.Abs(p.Quantity)));
    }

    [Fact]
    public void LargestPositionAfter_HugeOrder_ComputedWithoutWrapping()
    {
        var account = Account();
        account.ApplyComboFill(Underlying.SPX, Session, Condor, TradeSide.Buy, int.MaxValue - 1, Prices);

        var largest = account.LargestPositionAfter(Underlying.SPX, Session, Condor, TradeSide.Buy, int.MaxValue);

        Assert.Equal((2L * int.MaxValue) - 1, largest);
    }
}
