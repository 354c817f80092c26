using Condor.Engine.Market;

namespace Condor.Engine.Journal;

/// <summary>A <c>trades</c> row as stored (money as invariant text, see <see cref="JournalFormat"/>).</summary>
internal sealed class TradeRow
{
    public long Id { get; set; }

    public string SessionDate { get; set; } = "";

    public string Mode { get; set; } = "";

    public string Underlying { get; set; } = "";

    public int Contracts { get; set; }

    public int Multiplier { get; set; }

    public string Status { get; set; } = "";

    public string? EntryUtc { get; set; }

    public string? ExitUtc { get; set; }

    public string? EntryLimit { get; set; }

    public string? Credit { get; set; }

    public string? ExitPrice { get; set; }

    public string? ExitReason { get; set; }

    public string? PnlGross { get; set; }

    public string? Commissions { get; set; }

    public string? PnlNet { get; set; }

    public int CommissionsPending { get; set; }

    public string? MarginUsed { get; set; }

    public string? SettlementPrice { get; set; }

    public string? SettlementUtc { get; set; }

    public string? StatusReason { get; set; }

    public string Notes { get; set; } = "";
}
