using Condor.Engine.Broker;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution.Doctor;

/// <summary>
/// One streaming market-data line the doctor watches: the quote folded from its ticks, the market-data type the
/// gateway said it sends, an informational error about the line (10090 part of the data not subscribed, 10167
/// delayed data shown) and the error that ended it (354 not subscribed, ...).
/// </summary>
internal sealed class QuoteLine : IAsyncDisposable
{
    private readonly TwsSubscription<MarketDataEvent> _subscription;
    private readonly Action _changed;
    private readonly Task _pump;
    private volatile LineState _state;

    private QuoteLine(Contract contract, TwsSubscription<MarketDataEvent> subscription, DateTimeOffset now, Action changed)
    {
        Contract = contract;
        _subscription = subscription;
        _changed = changed;
        _state = new LineState(MarketQuote.Empty(subscription.Id, now), null, null, null, false);
        _pump = PumpAsync();
    }

    public Contract Contract { get; }

    public LineState State => _state;

    public static async Task<QuoteLine> OpenAsync(IBrokerGateway gateway, Contract contract, TimeProvider time, Action changed, CancellationToken cancellationToken)
    {
        var subscription = await gateway.SubscribeMarketDataAsync(contract, string.Empty, snapshot: false, cancellationToken).ConfigureAwait(false);
        return new QuoteLine(contract, subscription, time.GetUtcNow(), changed);
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var e in _subscription.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var state = _state;
                _state = e.Message switch
                {
                    MarketDataTypeMessage type => state with { Quote = MarketQuoteFold.Apply(state.Quote, type, e.ReceivedAt), DataType = type.MarketDataType },
                    ErrorMessage info => state with { Notice = info },
                    var tick => state with { Quote = MarketQuoteFold.Apply(state.Quote, tick, e.ReceivedAt) },
                };
                _changed();
            }

            _state = _state with { Ended = true };
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            _state = _state with { Failure = error, Ended = true };
        }

        _changed();
    }

    public async ValueTask DisposeAsync()
    {
        await _subscription.DisposeAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
    }

    /// <param name="Quote">The quote so far.</param>
    /// <param name="DataType">The gateway's marketDataType for the line (1 real-time, 2 frozen, 3 delayed, 4 delayed frozen); null before it said.</param>
    /// <param name="Notice">An informational error about the line (10090, 10167); null when none.</param>
    /// <param name="Failure">What ended the line (a 354 is a <see cref="TwsRequestException"/>); null while it streams.</param>
    /// <param name="Ended">The line streams no more.</param>
    internal sealed record LineState(MarketQuote Quote, int? DataType, ErrorMessage? Notice, Exception? Failure, bool Ended)
    {
        public bool HasPrice => Quote.Last is not null || (Quote.Bid is not null && Quote.Ask is not null);

        public bool HasBidAskAndDelta => Quote is { Bid: not null, Ask: not null, Greeks.Delta: not null };

        /// <summary>Why the line's data cannot be used (an error ended it, or part of it is not subscribed); null when it can.</summary>
        public string? Problem => Failure is TwsRequestException request
            ? $"error {request.Code}: {request.GatewayMessage}"
            : Failure is not null ? Failure.Message
            : Notice is { ErrorCode: 10090 or 10167 } notice ? $"error {notice.ErrorCode}: {notice.ErrorMsg}"
            : null;
    }
}
