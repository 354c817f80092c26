namespace Condor.Web.Configuration;

/// <summary>One configuration section as shown on the Settings page.</summary>
internal sealed record SettingsSection(string Key, IReadOnlyList<SettingsEntry> Entries);
