using System.Collections;
using System.Globalization;
using System.Reflection;
using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Journal;
using Condor.Engine.Notifications;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;
using Microsoft.Extensions.Options;

namespace Condor.Web.Configuration;

/// <summary>
/// The validated settings this process runs with, as key/value rows for the Settings page.
/// Properties marked <see cref="SecretAttribute"/> are reduced to "set" / "not set".
/// </summary>
internal sealed class EffectiveConfiguration(IServiceProvider services)
{
    public const string Masked = "•••••• (set)";
    public const string NotSet = "(not set)";

    private static readonly (string Section, Type Type)[] Known =
    [
        (CondorOptions.Section, typeof(CondorOptions)),
        (StrategyOptions.Section, typeof(StrategyOptions)),
        (BrokerOptions.Section, typeof(BrokerOptions)),
        (ScheduleOptions.Section, typeof(ScheduleOptions)),
        (NotificationsOptions.Section, typeof(NotificationsOptions)),
        (JournalOptions.Section, typeof(JournalOptions)),
        (ClockOptions.Section, typeof(ClockOptions)),
        (SimulatorHostOptions.Section, typeof(SimulatorHostOptions)),
        (WebOptions.Section, typeof(WebOptions)),
    ];

    public IReadOnlyList<SettingsSection> Sections() =>
        Known.Select(k => new SettingsSection(k.Section, Entries(k.Section, Resolve(k.Type)))).ToList();

    private object Resolve(Type type)
    {
        var accessor = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
        return accessor.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(accessor)!;
    }

    private static List<SettingsEntry> Entries(string section, object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => Entry(section, p, p.GetValue(value)))
            .ToList();

    private static SettingsEntry Entry(string section, PropertyInfo property, object? value)
    {
        var secret = property.IsDefined(typeof(SecretAttribute), inherit: true);
        var shown = secret
            ? (value is string s && !string.IsNullOrEmpty(s) ? Masked : NotSet)
            : Format(value);
        return new SettingsEntry($"{section}:{property.Name}", property.Name, shown, secret);
    }

    private static string Format(object? value) => value switch
    {
        null => NotSet,
        string s when s.Length == 0 => NotSet,
        string s => s,
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)) is { Length: > 0 } joined ? joined : "(none)",
        _ => value.ToString() ?? "",
    };
}
