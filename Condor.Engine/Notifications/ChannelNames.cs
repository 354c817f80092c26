namespace Condor.Engine.Notifications;

/// <summary>The channels' names as configuration, the journal and the health snapshot spell them.</summary>
public static class ChannelNames
{
    public const string Ntfy = "ntfy";
    public const string Pushover = "pushover";
    public const string Telegram = "telegram";
    public const string Discord = "discord";
    public const string Email = "email";

    public static IReadOnlyList<string> All { get; } = [Ntfy, Pushover, Telegram, Discord, Email];
}
