using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Experiment;

/// <summary>The legs of an order, resolved through the real gateway's contract details (cached by conId), and their quotes.</summary>
internal sealed partial class ExperimentGateway
{
    private readonly Dictionary<int, Contract> _legContracts = [];

    /// <summary>The order's legs (a BAG's combo legs, or the option itself), or why they cannot be resolved.</summary>
    private async Task<(IReadOnlyList<ExperimentLeg>? Legs, string Problem)> ResolveLegsAsync(Contract contract, CancellationToken cancellationToken)
    {
        IReadOnlyList<(int ConId, int Ratio, string Action)> wire = contract.IsBag
            ? [.. contract.ComboLegs.Select(l => (l.ConId, l.Ratio, l.Action))]
            : [(contract.ConId, 1, "BUY")];
        if (wire.Count == 0)
        {
            return (null, "a BAG without legs");
        }

        var legs = new List<ExperimentLeg>(wire.Count);
        foreach (var (conId, ratio, action) in wire)
        {
            if (conId <= 0 || ratio <= 0 || action is not ("BUY" or "SELL"))
            {
                return (null, $"leg conId {conId} ratio {ratio} action '{action}'");
            }

            var option = await LegContractAsync(conId, cancellationToken).ConfigureAwait(false);
            var underlying = option?.Symbol switch { "SPX" => Underlying.SPX, "XSP" => (Underlying?)Underlying.XSP, _ => null };
            if (option is null || option.SecType != "OPT" || underlying is null
                || IbTime.ParseDate(option.LastTradeDateOrContractMonth) is not { } expiry
                || AccountMapping.ParseRight(option.Right) is not { } right)
            {
                return (null, $"leg conId {conId} is not an SPX or XSP option the gateway knows");
            }

            legs.Add(new ExperimentLeg(option, underlying.Value, expiry, new Simulation.ComboLeg(option.Strike, right, action == "BUY" ? TradeSide.Buy : TradeSide.Sell, ratio)));
        }

        return legs.Any(l => l.Underlying != legs[0].Underlying || l.Expiry != legs[0].Expiry)
            ? (null, "legs of different underlyings or expiries")
            : (legs, string.Empty);
    }

    private async Task<Contract?> LegContractAsync(int conId, CancellationToken cancellationToken)
    {
        if (_legContracts.TryGetValue(conId, out var known))
        {
            return known;
        }

        var details = await _inner.GetContractDetailsAsync(new Contract { ConId = conId, Exchange = "SMART" }, cancellationToken).ConfigureAwait(false);
        if (details.Count == 0)
        {
            return null;
        }

        _legContracts[conId] = details[0].Contract;
        return details[0].Contract;
    }

    /// <summary>Opens lines for the legs, makes a round trip so the ticks the gateway sent before it are delivered, folds them.</summary>
    private async Task RefreshQuotesAsync(IReadOnlyList<ExperimentLeg> legs, CancellationToken cancellationToken)
    {
        await _feeds.EnsureAsync(legs, cancellationToken).ConfigureAwait(false);
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        _feeds.Drain();
    }

    /// <summary>A currentTime round trip: every message the real gateway sent before its answer has been dispatched. False when it failed.</summary>
    private async Task<bool> SyncAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _inner.RequestCurrentTimeAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            EvaluationSkipped(_logger, e.Message);
            return false;
        }
    }

    /// <summary>
    /// Closes the lines no working order needs and no held leg still trading (a held leg keeps its line until its
    /// expiry session closes, so the exits placed right after an entry fill find their quotes).
    /// </summary>
    private Task ReleaseIdleLinesAsync(DateTimeOffset now)
    {
        var needed = _book.WorkingOrders().SelectMany(o => o.Legs).Select(l => l.ConId)
            .Concat(_book.Positions.Values.Where(p => p.Quantity != 0 && now < ExpiryOf([p.Leg])).Select(p => p.Leg.ConId))
            .ToHashSet();
        return _feeds.KeepOnlyAsync(needed);
    }
}
