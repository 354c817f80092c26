namespace Condor.Engine.Market;

/// <summary>The index the condor is traded on.</summary>
public enum Underlying
{
    /// <summary>S&amp;P 500 index options, 0DTE trading class SPXW.</summary>
    SPX,

    /// <summary>Mini-SPX (SPX / 10), trading class XSP.</summary>
    XSP,
}
