namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>Commission of one execution; realized P/L is null until the position is closed.</summary>
internal sealed record CommissionReport
{
    public string ExecId { get; init; } = string.Empty;

    public decimal? Commission { get; init; }

    public string Currency { get; init; } = string.Empty;

    public decimal? RealizedPnl { get; init; }
}
