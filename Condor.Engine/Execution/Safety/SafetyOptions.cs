using System.ComponentModel.DataAnnotations;

namespace Condor.Engine.Execution.Safety;

/// <summary>The kill switch's closing chase, section <c>Condor:Safety</c> (validated at start-up).</summary>
public sealed class SafetyOptions : IValidatableObject
{
    public const string Section = "Condor:Safety";

    /// <summary>
    /// Seconds the closing limit is chased toward the natural price before it is replaced by a market order (the
    /// last resort); 0 closes at market at once.
    /// </summary>
    [Range(0, 600)]
    public int KillUseMarketAfterSeconds { get; set; } = 30;

    /// <summary>Seconds between re-prices of the closing limit.</summary>
    [Range(1, 60)]
    public int KillRepriceIntervalSeconds { get; set; } = 5;

    /// <summary>Dollars the closing debit moves toward the natural at each re-price.</summary>
    [Range(0.01, 10.0)]
    public decimal KillChaseStep { get; set; } = 0.05m;

    /// <summary>Seconds to wait for the gateway to confirm a cancellation.</summary>
    [Range(1, 120)]
    public int KillCancelConfirmSeconds { get; set; } = 10;

    /// <summary>Seconds after the market order is sent before the kill reports the position as not closed.</summary>
    [Range(5, 900)]
    public int KillMarketFillSeconds { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KillUseMarketAfterSeconds > 0 && KillUseMarketAfterSeconds < KillRepriceIntervalSeconds)
        {
            yield return new ValidationResult(
                $"must be 0 (market at once) or at least KillRepriceIntervalSeconds ({KillRepriceIntervalSeconds})",
                [nameof(KillUseMarketAfterSeconds)]);
        }
    }
}
