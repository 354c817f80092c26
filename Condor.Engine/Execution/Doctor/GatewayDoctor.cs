using System.Globalization;
using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Market;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Doctor;

/// <summary>
/// <c>doctor</c>: checks, step by step against a gateway (<see cref="IBrokerGateway"/>), that a trading day has what it
/// needs — server version, accounts (the account guard), market-data type, permissions for the index, VIX and the
/// index's options, today's 0DTE expiry, the strike choice by model delta, and a whatIf margin for one condor. Sends
/// no order (a whatIf is not one; none at all in Experiment). Stops at the first failed step. One run per instance.
/// </summary>
internal sealed partial class GatewayDoctor : IAsyncDisposable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly IBrokerGateway _gateway;
    private readonly DoctorSettings _settings;
    private readonly TimeProvider _time;
    private readonly IndexOptionContract _options;
    private readonly SemaphoreSlim _changed = new(0);
    private readonly List<QuoteLine> _lines = [];
    private QuoteLine? _index;
    private string _account = string.Empty;

    public GatewayDoctor(IBrokerGateway gateway, DoctorSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _gateway = gateway ?? throw new ArgumentNullException(nameof(gateway));
        _settings = settings;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = IndexOptionContract.For(settings.Strategy.Underlying);
    }

    /// <summary>Runs every step in order, reporting each through <paramref name="progress"/> as it ends; stops at the first failure.</summary>
    public async Task<DoctorReport> RunAsync(Action<DoctorStep> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Func<CancellationToken, Task<DoctorStep>>[] steps =
            [ConnectAsync, AccountsAsync, MarketDataTypeAsync, PermissionsAsync, ExpiryAsync, StrikesAsync, WhatIfAsync];
        var done = new List<DoctorStep>();
        foreach (var step in steps)
        {
            var result = await step(cancellationToken).ConfigureAwait(false);
            done.Add(result);
            progress(result);
            if (result.Status == DoctorStatus.Failed)
            {
                break;
            }
        }

        return new DoctorReport(done);
    }

    private async Task<DoctorStep> ConnectAsync(CancellationToken cancellationToken)
    {
        var where = _settings.Endpoint;
        try
        {
            await _gateway.ConnectAsync(cancellationToken).ConfigureAwait(false);
            var gatewayTime = await _gateway.RequestCurrentTimeAsync(cancellationToken).ConfigureAwait(false);
            return DoctorStep.Ok(DoctorStep.Connect, string.Create(Invariant,
                $"server version {_gateway.Handshake?.ServerVersion} at {where}, gateway time {gatewayTime:yyyy-MM-dd HH:mm:ss}Z"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DoctorStep.Fail(DoctorStep.Connect, $"cannot connect to {where}: {e.Message} (check Condor:Broker:Host/Port and the gateway's API settings)");
        }
    }

    private Task<DoctorStep> AccountsAsync(CancellationToken cancellationToken)
    {
        var managed = _gateway.ManagedAccounts;
        if (_settings.Mode == TradingMode.Experiment)
        {
            return Task.FromResult(managed.Length == 0
                ? DoctorStep.Fail(DoctorStep.Accounts, "the gateway named no managed account")
                : DoctorStep.Ok(DoctorStep.Accounts, $"{managed} (Experiment sends no orders)"));
        }

        var (account, refusal) = AccountGuard.Resolve(_settings.Mode, _settings.Broker.Account, string.Empty, managed);
        if (account is null)
        {
            return Task.FromResult(DoctorStep.Fail(DoctorStep.Accounts, $"{(managed.Length == 0 ? "none" : managed)}: {refusal}"));
        }

        _account = account;
        var kind = account.StartsWith(AccountGuard.PaperPrefix, StringComparison.Ordinal) ? "paper" : "live";
        return Task.FromResult(DoctorStep.Ok(DoctorStep.Accounts, $"{managed}; {_settings.Mode} orders go to {account} ({kind})"));
    }

    private async Task<DoctorStep> MarketDataTypeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _gateway.SetMarketDataTypeAsync(1, cancellationToken).ConfigureAwait(false);
            _index = await OpenLineAsync(IndexContract(_options.Symbol), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DoctorStep.Fail(DoctorStep.MarketDataType, $"requesting real-time data (type 1) failed: {e.Message}");
        }

        var index = _index;
        await WaitAsync(() => index.State.DataType is not null || index.State.Ended || index.State.HasPrice, cancellationToken).ConfigureAwait(false);
        var state = index.State;
        var type = state.DataType ?? (state.HasPrice ? (state.Quote.IsDelayed ? 3 : 1) : null);
        return type switch
        {
            1 => DoctorStep.Ok(DoctorStep.MarketDataType, "1 (real-time)"),
            2 => DoctorStep.Warn(DoctorStep.MarketDataType, "2 (frozen: the last values; the market is closed now?)"),
            3 or 4 => DoctorStep.Fail(DoctorStep.MarketDataType,
                $"{type} (delayed): the account has no real-time subscription for {_options.Symbol}; Condor trades on real-time quotes only"),
            _ when state.Ended => DoctorStep.Warn(DoctorStep.MarketDataType, $"requested 1 (real-time); the {_options.Symbol} line ended before the gateway said (see permissions)"),
            _ => DoctorStep.Warn(DoctorStep.MarketDataType,
                string.Create(Invariant, $"requested 1 (real-time); the gateway said nothing within {_settings.QuoteWait.TotalSeconds:0} s")),
        };
    }

    private static Contract IndexContract(string symbol) =>
        new() { Symbol = symbol, SecType = "IND", Exchange = "CBOE", Currency = "USD" };

    private async Task<QuoteLine> OpenLineAsync(Contract contract, CancellationToken cancellationToken)
    {
        var line = await QuoteLine.OpenAsync(_gateway, contract, _time, () => _changed.Release(), cancellationToken).ConfigureAwait(false);
        _lines.Add(line);
        return line;
    }

    /// <summary>Waits on the clock, at most <see cref="DoctorSettings.QuoteWait"/>, until <paramref name="done"/>; false when the time ran out.</summary>
    private async Task<bool> WaitAsync(Func<bool> done, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_settings.QuoteWait, _time);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        while (!done())
        {
            try
            {
                await _changed.WaitAsync(both.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return done();
            }
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var line in _lines)
        {
            await line.DisposeAsync().ConfigureAwait(false);
        }

        _lines.Clear();
        _changed.Dispose();
    }
}
