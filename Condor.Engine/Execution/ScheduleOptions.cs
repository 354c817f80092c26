using System.ComponentModel.DataAnnotations;

namespace Condor.Engine.Execution;

/// <summary>When the engine works, section <c>Condor:Schedule</c> (times in America/New_York).</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    public const string Section = "Condor:Schedule";

    /// <summary>False pauses the daily schedule (the kill switch and manual commands still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Warm-up: connect, reconcile, subscribe to the chain. Must precede the entry time.</summary>
    public TimeOnly WarmupTime { get; set; } = new(9, 25, 0);

    /// <summary>End of day: snapshot equity, back up the journal.</summary>
    public TimeOnly EndOfDayTime { get; set; } = new(16, 15, 0);

    /// <summary>Extra closure dates (yyyy-MM-dd) the exchange announced after this release.</summary>
    public List<DateOnly> ExtraClosures { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndOfDayTime <= WarmupTime)
        {
            yield return new ValidationResult(
                $"must be later than WarmupTime ({WarmupTime:HH:mm:ss})", [nameof(EndOfDayTime)]);
        }
    }
}
