using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Condor.Engine.Configuration;

/// <summary>
/// The rehearsal clock of <c>Condor:Mode = Simulated</c>, section <c>Condor:Clock</c> (DESIGN.md section 2).
/// Every key is optional; the other modes run on the real clock and refuse them (<see cref="ClockModeValidator"/>).
/// Instants are text, parsed here, so that one without an offset is refused instead of being read in the
/// machine's zone.
/// </summary>
public sealed class ClockOptions : IValidatableObject
{
    public const string Section = "Condor:Clock";
    private const string InstantHint = "must be an instant with an offset, e.g. 2026-11-23T09:25:00-05:00 or 2026-11-23T14:25:00Z";

    /// <summary>The virtual instant the rehearsal starts at; empty = 09:25 ET of the current or next session.</summary>
    public string? Start { get; set; }

    /// <summary>Virtual seconds per real second (1 = real time, 60 = an hour a minute, 0 = stopped); empty = 1.</summary>
    [Range(0.0, 100_000.0)]
    public double? Speed { get; set; }

    /// <summary>
    /// The real instant at which the virtual clock read <see cref="Start"/>; empty = when this process started.
    /// Set it (the log and <c>simulate</c> print it) so that a restarted process continues the same virtual day.
    /// </summary>
    public string? StartedAtUtc { get; set; }

    /// <summary>The parsed <see cref="Start"/> (valid once validation passed); null when not set.</summary>
    public DateTimeOffset? StartInstant() => Parse(Start);

    /// <summary>The parsed <see cref="StartedAtUtc"/> (valid once validation passed); null when not set.</summary>
    public DateTimeOffset? StartedAtInstant() => Parse(StartedAtUtc);

    /// <summary>The configured keys that are set, by full key (for the modes that refuse them).</summary>
    public IEnumerable<string> SetKeys()
    {
        if (!string.IsNullOrWhiteSpace(Start))
        {
            yield return $"{Section}:{nameof(Start)}";
        }

        if (Speed is not null)
        {
            yield return $"{Section}:{nameof(Speed)}";
        }

        if (!string.IsNullOrWhiteSpace(StartedAtUtc))
        {
            yield return $"{Section}:{nameof(StartedAtUtc)}";
        }
    }

    /// <summary>Parses an instant that carries its offset (or Z); text without one is refused.</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)
            || !DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || parsed.Kind == DateTimeKind.Unspecified)
        {
            return false;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Start) && !TryParseInstant(Start, out _))
        {
            yield return new ValidationResult(InstantHint, [nameof(Start)]);
        }

        if (!string.IsNullOrWhiteSpace(StartedAtUtc) && !TryParseInstant(StartedAtUtc, out _))
        {
            yield return new ValidationResult(InstantHint, [nameof(StartedAtUtc)]);
        }
    }

    private static DateTimeOffset? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TryParseInstant(text, out var instant) ? instant : null;
}
