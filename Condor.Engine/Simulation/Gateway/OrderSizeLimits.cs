using System.Globalization;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// Absurd order sizes refused as IB refuses large orders: IB answers a large-size (LGSZ) reject with error 201 whose
/// text says the order is too large and names a size not to exceed ("... we cannot accept Large Limit Orders for ####
/// ... Please submit a smaller order (not exceeding ###)", interactivebrokers.github.io/tws-api/automated_considerations.html).
/// Checked before any arithmetic on the quantity, so nothing downstream overflows.
/// </summary>
internal static class OrderSizeLimits
{
    /// <summary>Null when the order's contracts per leg are within the limit; otherwise the 201 reason text.</summary>
    public static string? TooLarge(decimal quantity, IReadOnlyList<ComboLeg> legs, GatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(settings);
        var ratio = legs.Count == 0 ? 1 : legs.Max(l => l.Ratio);
        var limit = settings.MaxOrderContracts;
        var contracts = quantity > limit ? quantity : quantity * ratio; // quantity ≤ limit here: the product fits
        return contracts <= limit
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"In accordance with our regulatory obligations as a broker, we cannot accept Large Limit Orders for {contracts} contracts. Please submit a smaller order (not exceeding {limit}).");
    }

    /// <summary>Null when no leg's position would pass the limit; otherwise the 201 reason text.</summary>
    public static string? PositionTooLarge(long largestPosition, GatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return largestPosition <= settings.MaxPositionContracts
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"The order would bring a position to {largestPosition} contracts, above the limit of {settings.MaxPositionContracts}.");
    }
}
