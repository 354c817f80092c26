namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>The contract properties Condor uses (index, option, BAG combo). Strike is a price: decimal.</summary>
internal sealed record Contract
{
    public int ConId { get; init; }

    public string Symbol { get; init; } = string.Empty;

    /// <summary>IND, OPT, BAG...</summary>
    public string SecType { get; init; } = string.Empty;

    /// <summary>yyyyMMdd for options (the date part only; see <see cref="ContractDetails.LastTradeTime"/>).</summary>
    public string LastTradeDateOrContractMonth { get; init; } = string.Empty;

    public decimal Strike { get; init; }

    /// <summary>P, C, or empty (a BAG coming back from the gateway has "?").</summary>
    public string Right { get; init; } = string.Empty;

    public string Multiplier { get; init; } = string.Empty;

    public string Exchange { get; init; } = string.Empty;

    public string PrimaryExch { get; init; } = string.Empty;

    public string Currency { get; init; } = string.Empty;

    public string LocalSymbol { get; init; } = string.Empty;

    public string TradingClass { get; init; } = string.Empty;

    public bool IncludeExpired { get; init; }

    /// <summary>Gateway's description of a combo: <c>conId|ratio,...</c> (negative ratio = sold leg).</summary>
    public string ComboLegsDescription { get; init; } = string.Empty;

    public IReadOnlyList<ComboLeg> ComboLegs { get; init; } = [];

    public bool IsBag => string.Equals(SecType, "BAG", StringComparison.Ordinal);
}
