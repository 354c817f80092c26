namespace Condor.Engine.Simulation;

/// <summary>Buy or sell, for a combo leg or an order.</summary>
internal enum TradeSide
{
    Buy,
    Sell,
}
