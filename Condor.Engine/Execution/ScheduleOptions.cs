using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Condor.Engine.Execution;

/// <summary>When the engine works, section <c>Condor:Schedule</c> (times in America/New_York).</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    public const string Section = "Condor:Schedule";
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>False pauses the daily schedule (the kill switch and manual commands still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Warm-up: connect, reconcile, subscribe to the chain. Must precede the entry time.</summary>
    public TimeOnly WarmupTime { get; set; } = new(9, 25, 0);

    /// <summary>End of day: snapshot equity, back up the journal.</summary>
    public TimeOnly EndOfDayTime { get; set; } = new(16, 15, 0);

    /// <summary>
    /// Extra closure dates (yyyy-MM-dd) the exchange announced after this release. Text, validated here:
    /// the configuration binder silently drops list elements it cannot convert, and a lost closure is a
    /// trade on a day the market is shut.
    /// </summary>
    public List<string> ExtraClosures { get; set; } = [];

    /// <summary>The parsed <see cref="ExtraClosures"/> (valid once validation passed).</summary>
    public IReadOnlyList<DateOnly> ExtraClosureDates() =>
        ExtraClosures.Select(d => DateOnly.ParseExact(d.Trim(), DateFormat, CultureInfo.InvariantCulture)).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var text in ExtraClosures)
        {
            if (!DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                yield return new ValidationResult(
                    $"'{text}' is not a date in the form {DateFormat}", [nameof(ExtraClosures)]);
            }
        }

        if (EndOfDayTime <= WarmupTime)
        {
            yield return new ValidationResult(
                $"must be later than WarmupTime ({WarmupTime:HH:mm:ss})", [nameof(EndOfDayTime)]);
        }
    }
}
