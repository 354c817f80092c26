namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>Order status plus, for a whatIf order, the margin impact and commission (null when not given).</summary>
internal sealed record OrderState
{
    public string Status { get; init; } = string.Empty;

    public decimal? InitMarginBefore { get; init; }

    public decimal? MaintMarginBefore { get; init; }

    public decimal? EquityWithLoanBefore { get; init; }

    public decimal? InitMarginChange { get; init; }

    public decimal? MaintMarginChange { get; init; }

    public decimal? EquityWithLoanChange { get; init; }

    public decimal? InitMarginAfter { get; init; }

    public decimal? MaintMarginAfter { get; init; }

    public decimal? EquityWithLoanAfter { get; init; }

    public decimal? Commission { get; init; }

    public decimal? MinCommission { get; init; }

    public decimal? MaxCommission { get; init; }

    public string CommissionCurrency { get; init; } = string.Empty;

    public string WarningText { get; init; } = string.Empty;

    /// <summary>completedOrder only.</summary>
    public string CompletedTime { get; init; } = string.Empty;

    /// <summary>completedOrder only.</summary>
    public string CompletedStatus { get; init; } = string.Empty;
}
