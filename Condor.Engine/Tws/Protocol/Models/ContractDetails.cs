namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>The contract details Condor uses: identity, tick size, trading hours, underlying.</summary>
internal sealed record ContractDetails
{
    public Contract Contract { get; init; } = new();

    public string MarketName { get; init; } = string.Empty;

    public decimal MinTick { get; init; }

    public int PriceMagnifier { get; init; }

    public string OrderTypes { get; init; } = string.Empty;

    public string ValidExchanges { get; init; } = string.Empty;

    public int UnderConId { get; init; }

    public string LongName { get; init; } = string.Empty;

    public string ContractMonth { get; init; } = string.Empty;

    public string Industry { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public string Subcategory { get; init; } = string.Empty;

    public string TimeZoneId { get; init; } = string.Empty;

    public string TradingHours { get; init; } = string.Empty;

    public string LiquidHours { get; init; } = string.Empty;

    public int AggGroup { get; init; }

    public string UnderSymbol { get; init; } = string.Empty;

    public string UnderSecType { get; init; } = string.Empty;

    public string MarketRuleIds { get; init; } = string.Empty;

    public string RealExpirationDate { get; init; } = string.Empty;

    /// <summary>The time part that followed the date in lastTradeDateOrContractMonth, if any.</summary>
    public string LastTradeTime { get; init; } = string.Empty;

    public string StockType { get; init; } = string.Empty;

    public decimal? MinSize { get; init; }

    public decimal? SizeIncrement { get; init; }

    public decimal? SuggestedSizeIncrement { get; init; }
}
