using Condor.Engine.Configuration;
using Condor.Engine.Execution.Entry;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Market;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution;

/// <summary>
/// Phase 1 (warm-up): wait for the connection, verify the account (<see cref="AccountGuard"/>), ask for real-time
/// market data, resolve today's contracts (the index, VIX, and today's expiry in the option chain parameters —
/// never another expiry: not listed means no trade and an urgent alert), subscribe the index and VIX, then the
/// out-of-the-money chain around spot. A transient failure (no connection yet, a timeout) leaves the phase
/// running so that the entry retries cold; a definite one ends the day.
/// </summary>
internal sealed partial class TradingEngine
{
    /// <summary>IB's market-data type 1: real-time (TWS API reqMarketDataType).</summary>
    private const int RealTimeMarketData = 1;

    /// <summary>How far from spot the chain is subscribed, as a fraction of spot (beyond it, wings are added).</summary>
    internal const decimal ChainBandFraction = 0.025m;

    /// <summary>At most this many options per side are subscribed (IB's market-data lines: 100 by default).</summary>
    internal const int MaxOptionsPerSide = 40;

    /// <summary>How long warm-up waits for the connection and the index's first price on the engine's clock.</summary>
    internal static readonly TimeSpan WarmupWait = TimeSpan.FromSeconds(20);

    private string _account = string.Empty;

    private async Task WarmupAsync(TradingDay day, CancellationToken cancellationToken)
    {
        if (day.Warm is not null || day.Board.IsFinished || day.Timeline is null)
        {
            return;
        }

        StartPhase(day, EntryPhase.Connect, "connecting to the gateway");
        var contract = IndexOptionContract.For(_settings.Strategy.Underlying);
        try
        {
            if (!await WaitAsync(ConnectedAsync(cancellationToken), WarmupWait, cancellationToken).ConfigureAwait(false))
            {
                ReportPhase(day, EntryPhase.Connect, $"not connected: {Snapshot.Connection.Detail}");
                return;
            }

            if (!VerifyAccount(out var refusal))
            {
                await NoTradeAsync(day, EntryPhase.Connect, refusal, urgent: true, cancellationToken).ConfigureAwait(false);
                return;
            }

            await _broker.SetMarketDataTypeAsync(RealTimeMarketData, cancellationToken).ConfigureAwait(false);
            var index = await ResolveIndexAsync(contract.Symbol, cancellationToken).ConfigureAwait(false);
            if (index is null)
            {
                await NoTradeAsync(day, EntryPhase.Connect, $"the gateway does not resolve {contract.Symbol} (contract details)", urgent: true, cancellationToken).ConfigureAwait(false);
                return;
            }

            var vix = await ResolveVixAsync(cancellationToken).ConfigureAwait(false);

            var parameters = await _broker.GetOptionChainParametersAsync(contract.Symbol, "IND", index.ConId, cancellationToken).ConfigureAwait(false);
            var expirations = parameters.Where(p => string.Equals(p.TradingClass, contract.TradingClass, StringComparison.OrdinalIgnoreCase)).SelectMany(p => p.Expirations);
            if (!ZeroDteExpiry.IsListed(expirations, day.Date))
            {
                await NoTradeAsync(
                    day, EntryPhase.Connect,
                    $"today's expiry {ZeroDteExpiry.Format(day.Date)} is not listed for {contract.TradingClass} (never another expiry)",
                    urgent: true, cancellationToken).ConfigureAwait(false);
                return;
            }

            var book = new ChainBook(_broker, contract, index, vix, _time);
            await book.SubscribeUnderlyingsAsync(cancellationToken).ConfigureAwait(false);
            var spot = await WaitForIndexAsync(book, cancellationToken).ConfigureAwait(false);
            if (spot is null)
            {
                await book.DisposeAsync().ConfigureAwait(false);
                ReportPhase(day, EntryPhase.Connect, $"no {contract.Symbol} price yet{FailuresOf(book)}");
                return;
            }

            var chain = await _broker.GetContractDetailsAsync(
                new Contract
                {
                    Symbol = contract.Symbol, SecType = "OPT", LastTradeDateOrContractMonth = ZeroDteExpiry.Format(day.Date),
                    TradingClass = contract.TradingClass, Exchange = "SMART", Currency = contract.Currency,
                },
                cancellationToken).ConfigureAwait(false);
            var options = chain.Select(d => d.Contract).Where(c => c.ConId > 0 && contract.IsOnStrikeGrid(c.Strike)).ToList();
            await book.SubscribeChainAsync(options, spot.Value, spot.Value * ChainBandFraction, _settings.Strategy.WingWidth, MaxOptionsPerSide, cancellationToken).ConfigureAwait(false);
            day.Warm = book;
            CompletePhase(day, EntryPhase.Connect, $"account {(_account.Length > 0 ? _account : "-")}, {contract.Symbol} {spot:0.00}, expiry {ZeroDteExpiry.Format(day.Date)} listed, {book.Options.Count} options subscribed");
            StartPhase(day, EntryPhase.Wait, $"waiting for the entry at {day.Timeline.Entry:HH:mm:ss} ET");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ReportPhase(day, EntryPhase.Connect, $"warm-up failed, retried at the entry: {e.Message}");
            LogWarmupFailed(_logger, Mode, day.Date, e);
        }
    }

    private bool VerifyAccount(out string refusal)
    {
        refusal = string.Empty;
        var configured = _settings.Broker.Account;
        if (Mode == TradingMode.Experiment)
        {
            var managed = _broker.ManagedAccounts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            _account = configured.Length > 0 ? configured : managed.Length == 1 ? managed[0] : string.Empty;
            return true;
        }

        var (account, why) = AccountGuard.Resolve(Mode, configured, string.Empty, _broker.ManagedAccounts);
        if (account is null)
        {
            refusal = why ?? "the account guard refused the account";
            return false;
        }

        _account = account;
        return true;
    }

    private async Task<Contract?> ResolveIndexAsync(string symbol, CancellationToken cancellationToken)
    {
        var details = await _broker.GetContractDetailsAsync(IndexDescription(symbol), cancellationToken).ConfigureAwait(false);
        return details.FirstOrDefault()?.Contract is { ConId: > 0 } c ? c : null;
    }

    /// <summary>
    /// VIX by contract details; a gateway that does not resolve it (the simulator gives VIX market data only) is
    /// subscribed by description. Without VIX data the VIX filters fail closed when configured; nothing else needs it.
    /// </summary>
    private async Task<Contract> ResolveVixAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ResolveIndexAsync("VIX", cancellationToken).ConfigureAwait(false) ?? IndexDescription("VIX");
        }
        catch (TwsRequestException e)
        {
            Notice($"VIX does not resolve by contract details ({e.Message}); subscribed by description");
            return IndexDescription("VIX");
        }
    }

    private static Contract IndexDescription(string symbol) => new() { Symbol = symbol, SecType = "IND", Exchange = "CBOE", Currency = "USD" };

    /// <summary>The index's last price (or its prior close before the first trade), waiting up to <see cref="WarmupWait"/>.</summary>
    private async Task<decimal?> WaitForIndexAsync(ChainBook book, CancellationToken cancellationToken)
    {
        var until = _time.GetUtcNow() + WarmupWait;
        while (true)
        {
            if (book.IndexQuote is { } q && (q.Quote.Last ?? q.Close) is { } price)
            {
                return price;
            }

            if (book.IndexFailure is not null || _time.GetUtcNow() >= until)
            {
                return null;
            }

            await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string FailuresOf(ChainBook book) =>
        book.Failures() is { Count: > 0 } failures ? $" ({string.Join("; ", failures)})" : string.Empty;

    /// <summary>True when <paramref name="task"/> completed within <paramref name="timeout"/> on the engine's clock.</summary>
    private async Task<bool> WaitAsync(Task task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (task.IsCompleted)
        {
            return true;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, _time, cts.Token);
        var first = await Task.WhenAny(task, delay).ConfigureAwait(false);
        await cts.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return first == task;
    }
}
