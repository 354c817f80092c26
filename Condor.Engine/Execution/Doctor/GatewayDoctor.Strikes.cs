using Condor.Engine.Configuration;
using Condor.Engine.Execution.Entry;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Doctor;

/// <summary>The strike choice on the model deltas (<see cref="StrikeScan"/>) and a whatIf margin for one condor.</summary>
internal sealed partial class GatewayDoctor
{
    /// <summary>How far from the index the doctor looks for short strikes (plus the wing width): 0DTE deltas of 15 sit well inside.</summary>
    private const decimal SearchFraction = 0.02m;

    private readonly Dictionary<(OptionRight Right, decimal Strike), Contract> _legs = [];
    private IronCondor? _condor;
    private decimal _credit;

    private async Task<DoctorStep> StrikesAsync(CancellationToken cancellationToken)
    {
        var strategy = _settings.Strategy;
        var reach = _spot * SearchFraction + strategy.WingWidth;
        var expiry = ZeroDteExpiry.Format(_session);
        var wanted = _chain!.Strikes.Where(k => k >= _spot - reach && k <= _spot + reach).Order().ToList();
        var lines = new List<(OptionRight Right, decimal Strike, QuoteLine Line)>();
        try
        {
            foreach (var strike in wanted)
            {
                foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
                {
                    if ((right == OptionRight.Put && strike > _spot + strategy.WingWidth) || (right == OptionRight.Call && strike < _spot - strategy.WingWidth))
                    {
                        continue; // in the money: never a leg
                    }

                    if (await ResolveAsync(OptionQuery(expiry, strike, right == OptionRight.Put ? "P" : "C"), cancellationToken).ConfigureAwait(false) is { } contract)
                    {
                        _legs[(right, strike)] = contract;
                        lines.Add((right, strike, await OpenLineAsync(contract, cancellationToken).ConfigureAwait(false)));
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DoctorStep.Fail(DoctorStep.Strikes, $"subscribing {expiry} options: {e.Message}");
        }

        await WaitAsync(() => lines.All(l => l.Line.State.HasBidAskAndDelta || l.Line.State.Ended), cancellationToken).ConfigureAwait(false);
        var chain = lines.Select(l => new OptionQuote(l.Right, l.Strike, l.Line.State.Quote.Bid, l.Line.State.Quote.Ask, l.Line.State.Quote.Greeks?.Delta)).ToList();
        var scan = StrikeScan.Scan(chain, strategy);
        var deltas = $"puts {Candidates(scan.Put)}; calls {Candidates(scan.Call)}";
        if (!scan.CanTrade || scan.Condor is null || scan.Quote is null)
        {
            return DoctorStep.Fail(DoctorStep.Strikes, $"no condor: {scan.NoTradeReason} ({lines.Count} options of {expiry}; {deltas})");
        }

        _condor = scan.Condor;
        var rounded = _options.ComboTick.RoundDown(Math.Max(scan.Quote.MidCredit, 0)).Value;
        _credit = rounded > 0 ? rounded : strategy.MinCredit;
        var summary = $"{scan.Condor} mid credit {scan.Quote.MidCredit:0.00##}, natural {scan.Quote.NaturalCredit:0.00##}; {deltas}";
        return scan.Quote.MidCredit < strategy.MinCredit
            ? DoctorStep.Warn(DoctorStep.Strikes, $"{summary}; the mid is below Condor:Strategy:MinCredit {strategy.MinCredit} now (the entry waits for it until the deadline)")
            : DoctorStep.Ok(DoctorStep.Strikes, summary);
    }

    /// <summary>The chosen strike and its neighbours with their deltas: "5935 -0.13 · [5940 -0.151] · 5945 -0.172".</summary>
    private static string Candidates(DeltaSelection selection)
    {
        var usable = selection.Candidates.Where(c => c.Delta is not null).ToList();
        var at = selection.Chosen is { } chosen ? usable.FindIndex(c => c.Strike == chosen.Strike) : -1;
        var shown = at < 0 ? usable.OrderBy(c => c.Distance ?? decimal.MaxValue).Take(3).OrderBy(c => c.Strike) : usable.Skip(Math.Max(0, at - 2)).Take(5);
        var text = string.Join(" · ", shown.Select(c => string.Create(Invariant,
            $"{(c.Strike == selection.Chosen?.Strike ? "[" : "")}{c.Strike} {c.Delta:0.000}{(c.Strike == selection.Chosen?.Strike ? "]" : "")}")));
        return selection.Chosen is null ? $"none chosen ({selection.Explanation}): {text}" : text;
    }

    private async Task<DoctorStep> WhatIfAsync(CancellationToken cancellationToken)
    {
        var condor = _condor!;
        var margin = (condor.WingWidth - _credit) * _options.Multiplier;
        if (_settings.Mode == TradingMode.Experiment)
        {
            return DoctorStep.Skip(DoctorStep.WhatIf, string.Create(Invariant,
                $"Experiment sends no whatIf; margin estimated locally (wing {condor.WingWidth} − credit {_credit}) × {_options.Multiplier} = {margin:0.##}"));
        }

        var legs = new CondorLegs(condor, _options,
            _legs[(OptionRight.Put, condor.LongPut.Strike)].ConId, _legs[(OptionRight.Put, condor.ShortPut.Strike)].ConId,
            _legs[(OptionRight.Call, condor.ShortCall.Strike)].ConId, _legs[(OptionRight.Call, condor.LongCall.Strike)].ConId);
        // Built by the entry's own builders; the orderRef is the doctor's, never one reconciliation could take for an entry.
        var order = CondorOrders.Entry(1, _credit, new Journal.OrderRef(_session, Journal.OrderRole.Entry, 1), _account) with { OrderRef = "condor:doctor:whatif" };
        Tws.Client.WhatIfAnswer answer;
        try
        {
            answer = await _gateway.WhatIfAsync(CondorOrders.Combo(legs), order, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DoctorStep.Fail(DoctorStep.WhatIf, $"whatIf for {condor}: {e.Message}");
        }

        if (!answer.HasMargins)
        {
            var why = $"no margin answer for {condor} at credit {_credit}: {answer.Reason}{(answer.ErrorCode is { } code ? $" (error {code})" : "")}";
            return _settings.Mode is TradingMode.Paper or TradingMode.Simulated && _settings.Broker.AllowEmptyWhatIfInPaper
                ? DoctorStep.Warn(DoctorStep.WhatIf, $"{why}; bypassed by Condor:Broker:AllowEmptyWhatIfInPaper (never in Live)")
                : DoctorStep.Fail(DoctorStep.WhatIf, $"{why}; the entry would stop here (Condor:Broker:AllowEmptyWhatIfInPaper bypasses an empty answer in Paper only)");
        }

        var state = answer.State!;
        var figures = string.Create(Invariant,
            $"{condor} at credit {_credit}: initial margin {state.InitMarginChange:+0.##;-0.##}, maintenance {state.MaintMarginChange:+0.##;-0.##}, commission {state.Commission?.ToString("0.##", Invariant) ?? "not given"}");
        return _settings.Strategy.MaxMarginPerTrade is { } max && state.InitMarginChange > max
            ? DoctorStep.Fail(DoctorStep.WhatIf, string.Create(Invariant, $"{figures}: above Condor:Strategy:MaxMarginPerTrade {max}"))
            : DoctorStep.Ok(DoctorStep.WhatIf, figures);
    }
}
