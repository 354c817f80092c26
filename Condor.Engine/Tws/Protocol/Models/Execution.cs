namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>One execution (fill) as reported by execDetails. Prices are decimal (a combo fills at a negative price).</summary>
internal sealed record Execution
{
    public int OrderId { get; init; }

    public int ClientId { get; init; }

    public string ExecId { get; init; } = string.Empty;

    /// <summary>Gateway time text, e.g. "20261123 09:32:03 US/Eastern".</summary>
    public string Time { get; init; } = string.Empty;

    public string AcctNumber { get; init; } = string.Empty;

    public string Exchange { get; init; } = string.Empty;

    /// <summary>BOT or SLD.</summary>
    public string Side { get; init; } = string.Empty;

    public decimal? Shares { get; init; }

    public decimal? Price { get; init; }

    public long PermId { get; init; }

    public int Liquidation { get; init; }

    public decimal? CumQty { get; init; }

    public decimal? AvgPrice { get; init; }

    public string OrderRef { get; init; } = string.Empty;

    public int LastLiquidity { get; init; }
}
