namespace Condor.Engine.Simulation;

/// <summary>A whatIf answer: margins and equity before, after and the change, plus the commission the order would cost.</summary>
internal sealed record WhatIfResult(
    decimal InitialMarginBefore,
    decimal InitialMarginAfter,
    decimal MaintenanceMarginBefore,
    decimal MaintenanceMarginAfter,
    decimal EquityWithLoanBefore,
    decimal EquityWithLoanAfter,
    decimal Commission)
{
    public decimal InitialMarginChange => InitialMarginAfter - InitialMarginBefore;

    public decimal MaintenanceMarginChange => MaintenanceMarginAfter - MaintenanceMarginBefore;

    public decimal EquityWithLoanChange => EquityWithLoanAfter - EquityWithLoanBefore;
}
