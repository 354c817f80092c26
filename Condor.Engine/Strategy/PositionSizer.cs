using System.Globalization;

namespace Condor.Engine.Strategy;

/// <summary>
/// Position size: Fixed = Contracts; PercentOfNetLiquidation / PercentOfAvailableFunds = floor(value ×
/// SizingPercent/100 ÷ risk per contract). Risk per contract = max(whatIf initial-margin change, (wing width −
/// credit) × multiplier), the structural risk alone when no margin answer came (unless one is required). Always
/// capped by MaxContracts and by floor(MaxMarginPerTrade ÷ risk per contract). Zero contracts means no trade,
/// with the reason. An open position is never increased.
/// </summary>
internal static class PositionSizer
{
    public static SizingDecision Size(SizingInput input, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (input.OpenPositionContracts != 0)
        {
            return NoTrade(null, $"A position of {input.OpenPositionContracts} contracts is open: never increased.");
        }

        if (input.WhatIfMarginPerContract is null && input.MarginAnswerRequired)
        {
            return NoTrade(null, "No whatIf margin answer, and one is required in this mode.");
        }

        var structural = (input.WingWidth - input.ExpectedCredit) * input.Multiplier;
        if (structural <= 0)
        {
            return NoTrade(null, Text($"Credit {input.ExpectedCredit} is not below the wing width {input.WingWidth}: not a condor's risk."));
        }

        var risk = Math.Max(input.WhatIfMarginPerContract ?? 0m, structural);
        var source = input.WhatIfMarginPerContract is { } margin && margin >= structural ? "whatIf margin" : "(wing − credit) × multiplier";
        var steps = new List<string> { Text($"risk/contract {risk:0.00} ({source})") };

        int contracts;
        switch (options.Sizing)
        {
            case SizingMode.Fixed:
                contracts = options.Contracts;
                steps.Add(Text($"fixed {contracts}"));
                break;
            case SizingMode.PercentOfNetLiquidation or SizingMode.PercentOfAvailableFunds:
                var isNetLiq = options.Sizing == SizingMode.PercentOfNetLiquidation;
                var name = isNetLiq ? "net liquidation" : "available funds";
                if ((isNetLiq ? input.NetLiquidation : input.AvailableFunds) is not { } value || value <= 0)
                {
                    return NoTrade(risk, $"No usable {name} value for percent sizing.");
                }

                var budget = value * options.SizingPercent / 100m;
                contracts = (int)Math.Min(int.MaxValue, Math.Floor(budget / risk));
                steps.Add(Text($"{options.SizingPercent}% of {name} {value:0.00} = {budget:0.00} → {contracts}"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Sizing, "Unknown sizing mode.");
        }

        if (contracts > options.MaxContracts)
        {
            contracts = options.MaxContracts;
            steps.Add(Text($"capped by MaxContracts {options.MaxContracts}"));
        }

        if (options.MaxMarginPerTrade is { } maxMargin && contracts * risk > maxMargin)
        {
            contracts = (int)Math.Floor(maxMargin / risk);
            steps.Add(Text($"capped by MaxMarginPerTrade {maxMargin:0.00} → {contracts}"));
        }

        var reason = string.Join("; ", steps);
        return contracts > 0
            ? new SizingDecision(contracts, risk, Text($"{contracts} contracts: {reason}."))
            : NoTrade(risk, $"Zero contracts: {reason}.");
    }

    private static SizingDecision NoTrade(decimal? risk, string reason) => new(0, risk, reason);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
