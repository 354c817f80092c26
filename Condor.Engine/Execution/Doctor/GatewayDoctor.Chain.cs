using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Doctor;

/// <summary>Permissions (contract details and a market-data answer without 354/10090 for the index, VIX and one option) and today's expiry.</summary>
internal sealed partial class GatewayDoctor
{
    private decimal _spot;
    private SecurityDefinitionOptionParameterMessage? _chain;
    private DateOnly _session;

    private async Task<DoctorStep> PermissionsAsync(CancellationToken cancellationToken)
    {
        var symbol = _options.Symbol;
        try
        {
            var index = await ResolveAsync(IndexContract(symbol), cancellationToken).ConfigureAwait(false);
            if (index is null)
            {
                return DoctorStep.Fail(DoctorStep.Permissions, $"{symbol} (IND CBOE): no contract details");
            }

            if (await PriceOfAsync(_index!, cancellationToken).ConfigureAwait(false) is { } indexProblem)
            {
                return DoctorStep.Fail(DoctorStep.Permissions, $"{symbol} market data: {indexProblem}");
            }

            _spot = _index!.State.Quote.Last ?? (_index.State.Quote.Bid!.Value + _index.State.Quote.Ask!.Value) / 2;
            var vixContract = await ResolveAsync(IndexContract("VIX"), cancellationToken).ConfigureAwait(false);
            if (vixContract is null)
            {
                return DoctorStep.Fail(DoctorStep.Permissions, "VIX (IND CBOE): no contract details");
            }

            var vix = await OpenLineAsync(vixContract, cancellationToken).ConfigureAwait(false);
            if (await PriceOfAsync(vix, cancellationToken).ConfigureAwait(false) is { } vixProblem)
            {
                return DoctorStep.Fail(DoctorStep.Permissions, $"VIX market data: {vixProblem}");
            }

            var rows = await _gateway.GetOptionChainParametersAsync(symbol, "IND", index.ConId, cancellationToken).ConfigureAwait(false);
            _chain = rows.Where(r => r.TradingClass == _options.TradingClass).OrderByDescending(r => r.Exchange == "SMART").FirstOrDefault();
            if (_chain is null)
            {
                return DoctorStep.Fail(DoctorStep.Permissions, $"no {_options.TradingClass} option chain for {symbol} (secDefOptParams)");
            }

            var expiry = _chain.Expirations.Where(e => string.CompareOrdinal(e, ZeroDteExpiry.Format(SessionDate())) >= 0).Order(StringComparer.Ordinal).FirstOrDefault();
            var strike = _chain.Strikes.OrderBy(k => Math.Abs(k - _spot)).FirstOrDefault();
            if (expiry is null || strike <= 0)
            {
                return DoctorStep.Fail(DoctorStep.Permissions, $"the {_options.TradingClass} chain lists no current expiry or strike");
            }

            var option = await ResolveAsync(OptionQuery(expiry, strike, "C"), cancellationToken).ConfigureAwait(false);
            if (option is null)
            {
                return DoctorStep.Fail(DoctorStep.Permissions, $"{_options.TradingClass} {expiry} {strike}C: no contract details");
            }

            var optionLine = await OpenLineAsync(option, cancellationToken).ConfigureAwait(false);
            if (await PriceOfAsync(optionLine, cancellationToken).ConfigureAwait(false) is { } optionProblem)
            {
                return DoctorStep.Fail(DoctorStep.Permissions, $"{_options.TradingClass} {expiry} {strike}C market data: {optionProblem}");
            }

            return DoctorStep.Ok(DoctorStep.Permissions, string.Create(Invariant,
                $"{symbol} {_spot}, VIX {Price(vix)}, {_options.TradingClass} {expiry} {strike}C {optionLine.State.Quote.Bid}/{optionLine.State.Quote.Ask}: contract details and real-time data"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DoctorStep.Fail(DoctorStep.Permissions, e.Message);
        }
    }

    private Task<DoctorStep> ExpiryAsync(CancellationToken cancellationToken)
    {
        var today = Market.ExchangeTime.SessionDateOf(_time.GetUtcNow());
        _session = SessionDate();
        var wanted = ZeroDteExpiry.Format(_session);
        var note = _session == today ? "today" : $"next session (today {today:yyyy-MM-dd} is not a trading day)";
        return Task.FromResult(ZeroDteExpiry.IsListed(_chain!.Expirations, _session)
            ? DoctorStep.Ok(DoctorStep.Expiry, $"{wanted} ({note}) is listed for {_options.TradingClass}")
            : DoctorStep.Fail(DoctorStep.Expiry,
                $"{wanted} ({note}) is not listed for {_options.TradingClass} (listed: {string.Join(", ", _chain.Expirations.Order(StringComparer.Ordinal).Take(3))}…): no trade that day, Condor never trades another expiry"));
    }

    /// <summary>Today's session when today is a trading day, else the next one.</summary>
    private DateOnly SessionDate()
    {
        var today = Market.ExchangeTime.SessionDateOf(_time.GetUtcNow());
        return _settings.Calendar.IsTradingDay(today) ? today : _settings.Calendar.NextTradingDay(today);
    }

    private Contract OptionQuery(string expiry, decimal strike, string right) => new()
    {
        Symbol = _options.Symbol,
        SecType = "OPT",
        LastTradeDateOrContractMonth = expiry,
        Strike = strike,
        Right = right,
        Exchange = "SMART",
        Currency = _options.Currency,
        TradingClass = _options.TradingClass,
    };

    /// <summary>The one contract the query names; null when the gateway knows none.</summary>
    private async Task<Contract?> ResolveAsync(Contract query, CancellationToken cancellationToken)
    {
        var details = await _gateway.GetContractDetailsAsync(query, cancellationToken).ConfigureAwait(false);
        return details.Count == 0 ? null : details[0].Contract;
    }

    /// <summary>Waits for a price on the line; null when it has one, else why not.</summary>
    private async Task<string?> PriceOfAsync(QuoteLine line, CancellationToken cancellationToken)
    {
        await WaitAsync(() => line.State.HasPrice || line.State.Ended || line.State.Problem is not null, cancellationToken).ConfigureAwait(false);
        // A round trip: what the gateway sent about the line before answering (a 10090 after the first ticks) has arrived.
        await _gateway.RequestCurrentTimeAsync(cancellationToken).ConfigureAwait(false);
        var state = line.State;
        return state.Problem
            ?? (state.HasPrice ? null : string.Create(Invariant, $"no price within {_settings.QuoteWait.TotalSeconds:0} s"));
    }

    private static string Price(QuoteLine line) =>
        (line.State.Quote.Last ?? line.State.Quote.Bid)?.ToString(Invariant) ?? "?";
}
