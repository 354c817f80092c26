using System.ComponentModel.DataAnnotations;
using Condor.Engine.Broker;
using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// The strategy's rules (DESIGN.md section 1), section <c>Condor:Strategy</c>. Defaults are the
/// documented ones. At most one trade per day is hard-coded and deliberately not a setting.
/// </summary>
public sealed class StrategyOptions : IValidatableObject
{
    public const string Section = "Condor:Strategy";

    /// <summary>SPX (trading class SPXW) or XSP.</summary>
    [EnumDataType(typeof(Underlying))]
    public Underlying Underlying { get; set; } = Underlying.SPX;

    /// <summary>Entry time in America/New_York.</summary>
    public TimeOnly EntryTime { get; set; } = new(9, 32, 0);

    /// <summary>After this New York time no new attempt is made and an unfilled entry is cancelled.</summary>
    public TimeOnly EntryDeadline { get; set; } = new(9, 33, 0);

    /// <summary>Target |delta| of the short strikes, in delta points (delta × 100).</summary>
    [Range(1.0, 50.0)]
    public decimal TargetDeltaPoints { get; set; } = 15m;

    /// <summary>A short-strike candidate above this many delta points is never taken.</summary>
    [Range(1.0, 50.0)]
    public decimal DeltaCeilingPoints { get; set; } = 16.9m;

    /// <summary>Distance of each long wing from its short strike, in index points.</summary>
    [Range(1.0, 500.0)]
    public decimal WingWidth { get; set; } = 20m;

    /// <summary>The order is sent only when the mid reaches this credit, and never priced below it.</summary>
    [Range(0.01, 100.0)]
    public decimal MinCredit { get; set; } = 1.00m;

    /// <summary>Seconds between re-prices of the entry limit while chasing the fill.</summary>
    [Range(1, 60)]
    public int RepriceIntervalSeconds { get; set; } = 5;

    /// <summary>How far each re-price moves the credit toward the natural price.</summary>
    [Range(0.01, 5.0)]
    public decimal ChaseStep { get; set; } = 0.05m;

    /// <summary>
    /// Optional: step by this fraction of the current mid-to-natural distance instead of <see cref="ChaseStep"/>
    /// (0.25 = natural reached after four re-prices); empty = fixed ChaseStep.
    /// </summary>
    [Range(0.01, 1.0)]
    public decimal? ChaseSpreadFraction { get; set; }

    /// <summary>Profit target as a percentage of the fill credit (25 = buy back at 75% of the credit).</summary>
    [Range(1.0, 99.0)]
    public decimal ProfitTargetPercent { get; set; } = 25m;

    /// <summary>Stop when the combo costs this multiple of the fill credit.</summary>
    [Range(1.1, 20.0)]
    public decimal StopMultiple { get; set; } = 3m;

    /// <summary>
    /// Which prices trigger the stop (IB's triggerMethod). IB simulates stops on combos and its default trigger
    /// for combos is Last, which an SPX option combo rarely prints; so the stop names one, mid-point by default.
    /// </summary>
    [EnumDataType(typeof(TriggerMethod))]
    public TriggerMethod StopTriggerMethod { get; set; } = TriggerMethod.MidPoint;

    /// <summary>
    /// Condor's own stop watch: how long (seconds) the combo's mid must stay at or beyond the stop price before
    /// Condor re-prices the resting profit-target order to a marketable debit (when the broker's stop has not fired).
    /// </summary>
    [Range(1, 60)]
    public int StopConfirmSeconds { get; set; } = 3;

    /// <summary>Time exit (market order with goodAfterTime) in America/New_York.</summary>
    public TimeOnly TimeExit { get; set; } = new(11, 30, 0);

    [EnumDataType(typeof(SizingMode))]
    public SizingMode Sizing { get; set; } = SizingMode.Fixed;

    /// <summary>Contracts per trade when <see cref="Sizing"/> is Fixed.</summary>
    [Range(1, 1000)]
    public int Contracts { get; set; } = 1;

    /// <summary>Percentage of net liquidation or available funds risked per trade (percent sizing modes).</summary>
    [Range(0.1, 100.0)]
    public decimal SizingPercent { get; set; } = 5m;

    /// <summary>Hard cap on contracts per trade, whatever the sizing mode.</summary>
    [Range(1, 1000)]
    public int MaxContracts { get; set; } = 10;

    /// <summary>Optional cap on the margin of one trade, in dollars; empty = no cap.</summary>
    [Range(1.0, 100_000_000.0)]
    public decimal? MaxMarginPerTrade { get; set; }

    /// <summary>Optional filter: no trade when VIX is above this many points.</summary>
    [Range(1.0, 200.0)]
    public decimal? VixCeiling { get; set; }

    /// <summary>Optional filter: no trade when VIX is up more than this percentage vs the prior close.</summary>
    [Range(0.1, 1000.0)]
    public decimal? VixSpikePercent { get; set; }

    /// <summary>Optional filter: no trade when any leg's bid/ask width exceeds this many dollars (option price units).</summary>
    [Range(0.01, 100.0)]
    public decimal? MaxLegSpread { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EntryDeadline <= EntryTime)
        {
            yield return new ValidationResult(
                $"must be later than EntryTime ({EntryTime:HH:mm:ss})", [nameof(EntryDeadline)]);
        }

        if (TimeExit <= EntryDeadline)
        {
            yield return new ValidationResult(
                $"must be later than EntryDeadline ({EntryDeadline:HH:mm:ss})", [nameof(TimeExit)]);
        }

        if (StopTriggerMethod == TriggerMethod.Default)
        {
            yield return new ValidationResult(
                "must name a trigger method (MidPoint, BidAsk, DoubleBidAsk, Last, DoubleLast, LastOrBidAsk): IB's default for a combo is Last, which SPX option combos rarely print",
                [nameof(StopTriggerMethod)]);
        }

        if (DeltaCeilingPoints < TargetDeltaPoints)
        {
            yield return new ValidationResult(
                $"must be at least TargetDeltaPoints ({TargetDeltaPoints})", [nameof(DeltaCeilingPoints)]);
        }

        if (Contracts > MaxContracts)
        {
            yield return new ValidationResult(
                $"must not exceed MaxContracts ({MaxContracts})", [nameof(Contracts)]);
        }
    }
}
