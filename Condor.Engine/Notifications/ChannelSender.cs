using System.Net.Mail;
using System.Threading.Channels;
using Condor.Engine.Journal;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Condor.Engine.Notifications;

/// <summary>
/// One channel's queue and delivery loop: the info rate limit, retries with exponential backoff (Polly, on the
/// injected clock), the health record, and one journal row per delivery with its outcome. A slow or failing channel
/// delays only itself.
/// </summary>
internal sealed class ChannelSender
{
    private readonly INotificationChannel _channel;
    private readonly Channel<Notification> _queue;
    private readonly ResiliencePipeline _pipeline;
    private readonly RateLimit _infoLimit;
    private readonly NotificationJournal _journal;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly ILogger _logger;
    private readonly int _unhealthyAfter;
    private readonly Lock _lock = new();
    private ChannelHealth _health;

    public ChannelSender(INotificationChannel channel, NotificationsOptions options, TimeProvider time,
        NotificationJournal journal, SecretRedactor redactor, ILogger logger)
    {
        _channel = channel;
        _time = time;
        _journal = journal;
        _redactor = redactor;
        _logger = logger;
        _unhealthyAfter = options.UnhealthyAfterFailures;
        _infoLimit = new RateLimit(time, options.InfoPerMinute);
        _queue = Channel.CreateBounded<Notification>(new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        _health = new ChannelHealth(channel.Name, true, 0, 0, 0, null, null, null);
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder()
                    .Handle<NotificationDeliveryException>(e => e.Transient)
                    .Handle<HttpRequestException>()
                    .Handle<SmtpException>()
                    .Handle<IOException>()
                    .Handle<TaskCanceledException>(),
            });
        }

        _pipeline = builder.Build();
    }

    public string Name => _channel.Name;

    public ChannelHealth Health
    {
        get
        {
            lock (_lock)
            {
                return _health;
            }
        }
    }

    /// <summary>Queues without waiting; when the queue is full the oldest waiting notification is dropped.</summary>
    public bool TryEnqueue(Notification notification) => _queue.Writer.TryWrite(notification);

    public void Complete() => _queue.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notification in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await DeliverAsync(notification, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task DeliverAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (notification.Severity == NotificationSeverity.Info && !_infoLimit.TryTake())
        {
            await _journal.RecordAsync(Name, notification, false, "rate limited: not sent", cancellationToken).ConfigureAwait(false);
            return;
        }

        string? error = null;
        try
        {
            await _pipeline.ExecuteAsync(
                async ct => await _channel.SendAsync(notification, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // a channel's failure of any kind is recorded; it must never stop the loop
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = _redactor.Redact($"{e.GetType().Name}: {e.Message}");
        }

        Record(error);
        if (error is not null)
        {
            _logger.LogWarning("Notification channel {Channel} failed to deliver '{Title}': {Error}", Name, notification.Title, error);
        }

        await _journal.RecordAsync(Name, notification, error is null, error, cancellationToken).ConfigureAwait(false);
    }

    private void Record(string? error)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            _health = error is null
                ? _health with { Healthy = true, ConsecutiveFailures = 0, Sent = _health.Sent + 1, LastSuccessAt = now }
                : _health with
                {
                    ConsecutiveFailures = _health.ConsecutiveFailures + 1,
                    Healthy = _health.ConsecutiveFailures + 1 < _unhealthyAfter,
                    Failed = _health.Failed + 1,
                    LastFailureAt = now,
                    LastError = error,
                };
        }
    }
}
