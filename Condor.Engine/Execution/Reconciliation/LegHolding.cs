namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// One contract of ours: what the gateway holds and what today's fills explain (bought +, sold −).
/// </summary>
/// <param name="ConId">The contract.</param>
/// <param name="Held">The account's position in it (0 when no row).</param>
/// <param name="OurNet">Net of our orders' fills on it today.</param>
/// <param name="ExternalNet">Net of fills on it from no order of ours today.</param>
internal sealed record LegHolding(int ConId, decimal Held, decimal OurNet, decimal ExternalNet)
{
    /// <summary>Our fills alone explain the position.</summary>
    public bool ExplainedByUs => Held == OurNet && ExternalNet == 0;

    /// <summary>No fill seen today explains the position (neither ours nor another's).</summary>
    public bool Unexplained => Held != OurNet + ExternalNet;
}
