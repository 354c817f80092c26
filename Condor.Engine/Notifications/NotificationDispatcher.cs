using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Notifications;

/// <summary>
/// The one entry point for notifications: <see cref="Publish"/> never blocks (a bounded queue); <see cref="RunAsync"/>
/// (the hosted <see cref="NotificationService"/>) drops duplicates within the window, routes urgent alerts to every
/// channel and info to the chosen ones, and feeds each channel's own sender. With no channel configured it sends
/// nothing.
/// </summary>
internal sealed class NotificationDispatcher
{
    private readonly Channel<Notification> _inbox;
    private readonly IReadOnlyList<ChannelSender> _senders;
    private readonly HashSet<string> _infoChannels;
    private readonly DuplicateFilter _duplicates;
    private readonly NotificationJournal _journal;
    private readonly int _windowMinutes;

    public NotificationDispatcher(IEnumerable<INotificationChannel> channels, NotificationsOptions options,
        TimeProvider time, NotificationJournal journal, ILogger logger)
    {
        var redactor = SecretRedactor.For(options);
        _senders = [.. channels.Select(c => new ChannelSender(c, options, time, journal, redactor, logger))];
        _infoChannels = options.InfoChannels.Count == 0
            ? [.. _senders.Select(s => s.Name)]
            : new HashSet<string>(options.InfoChannels, StringComparer.OrdinalIgnoreCase);
        _duplicates = new DuplicateFilter(time, TimeSpan.FromMinutes(options.DuplicateWindowMinutes));
        _windowMinutes = options.DuplicateWindowMinutes;
        _journal = journal;
        _inbox = Channel.CreateBounded<Notification>(new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
    }

    /// <summary>False when no channel is configured: there is nothing to run.</summary>
    public bool Enabled => _senders.Count > 0;

    /// <summary>Each configured channel's health, for the dashboard.</summary>
    public IReadOnlyList<ChannelHealth> Health => [.. _senders.Select(s => s.Health)];

    /// <summary>Queues a notification without waiting; false when no channel is configured.</summary>
    public bool Publish(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return Enabled && _inbox.Writer.TryWrite(notification);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return;
        }

        var loops = _senders.Select(s => s.RunAsync(cancellationToken)).ToList();
        try
        {
            await foreach (var notification in _inbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await RouteAsync(notification, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var sender in _senders)
            {
                sender.Complete();
            }

            await Task.WhenAll(loops).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the inbox: what is queued is still delivered, then <see cref="RunAsync"/> returns.</summary>
    public void Complete() => _inbox.Writer.TryComplete();

    private async Task RouteAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (!_duplicates.TryPass(notification.DuplicateKey))
        {
            await _journal.RecordAsync("none", notification, false,
                $"duplicate within {_windowMinutes} min: not sent", cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var sender in _senders)
        {
            if (notification.Severity == NotificationSeverity.Urgent || _infoChannels.Contains(sender.Name))
            {
                sender.TryEnqueue(notification);
            }
        }
    }
}
