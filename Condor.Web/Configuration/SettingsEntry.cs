namespace Condor.Web.Configuration;

/// <summary>One setting: full key, property name, displayed value (masked when secret).</summary>
internal sealed record SettingsEntry(string Key, string Name, string Value, bool Secret);
