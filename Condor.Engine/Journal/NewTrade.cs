using Condor.Engine.Market;

namespace Condor.Engine.Journal;

/// <summary>The day's trade as decided, recorded before its entry order is sent.</summary>
internal sealed record NewTrade
{
    public NewTrade(DateOnly sessionDate, string underlying, int contracts, IReadOnlyList<NewLeg> legs,
        decimal? entryLimit = null, decimal? marginUsed = null, int multiplier = 100)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(underlying);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contracts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(multiplier);
        ArgumentNullException.ThrowIfNull(legs);
        if (legs.Count != 4 || legs.Select(l => l.Position).Distinct().Count() != 4)
        {
            throw new ArgumentException("An iron condor has exactly four legs, one per position.", nameof(legs));
        }

        SessionDate = sessionDate;
        Underlying = underlying;
        Contracts = contracts;
        Legs = legs;
        EntryLimit = entryLimit;
        MarginUsed = marginUsed;
        Multiplier = multiplier;
    }

    public DateOnly SessionDate { get; }

    public string Underlying { get; }

    public int Contracts { get; }

    public IReadOnlyList<NewLeg> Legs { get; }

    /// <summary>The entry limit credit per contract (positive), when known.</summary>
    public decimal? EntryLimit { get; }

    public decimal? MarginUsed { get; }

    public int Multiplier { get; }
}
