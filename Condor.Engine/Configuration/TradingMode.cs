namespace Condor.Engine.Configuration;

/// <summary>Where market data comes from and where orders go (DESIGN.md section 2).</summary>
public enum TradingMode
{
    /// <summary>The built-in gateway simulator; the default on a fresh machine.</summary>
    Simulated,

    /// <summary>Real market data from the gateway; fills simulated at mid with the chase rules.</summary>
    Experiment,

    /// <summary>IB paper account: real orders to the paper account.</summary>
    Paper,

    /// <summary>IB live account: real orders, real money.</summary>
    Live,
}
