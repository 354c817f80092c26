namespace Condor.Engine.Simulation;

/// <summary>A market-data fault the scenario can put on chosen strikes.</summary>
internal enum QuoteFaultKind
{
    /// <summary>Bid and ask are NaN.</summary>
    NaNBidAsk,

    /// <summary>No bid and ask at all.</summary>
    MissingBidAsk,

    /// <summary>No option computation (greeks) is sent.</summary>
    NoGreeks,
}
