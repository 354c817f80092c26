namespace Condor.Engine.Journal;

/// <summary>The TWS action of an order (the combo is defined long legs bought, short legs sold).</summary>
internal enum OrderAction
{
    Buy,
    Sell,
}
