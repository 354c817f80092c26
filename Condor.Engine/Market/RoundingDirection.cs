namespace Condor.Engine.Market;

/// <summary>Which way a price moves to reach a valid tick.</summary>
internal enum RoundingDirection
{
    /// <summary>To the largest valid price at or below.</summary>
    Down,

    /// <summary>To the smallest valid price at or above.</summary>
    Up,
}
