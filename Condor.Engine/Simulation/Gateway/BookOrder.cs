using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>One order in the simulated book: what the client sent, what the fill model sees, and its state.</summary>
internal sealed class BookOrder
{
    public required int OrderId { get; init; }

    public required int ClientId { get; init; }

    public required long PermId { get; init; }

    /// <summary>The contract as echoed back (a BAG with its legs, or an option).</summary>
    public required Contract Contract { get; init; }

    public required Underlying Underlying { get; init; }

    public required DateOnly Expiry { get; init; }

    public required IReadOnlyList<ComboLeg> Legs { get; init; }

    /// <summary>The contracts of <see cref="Legs"/>, in the same order.</summary>
    public required IReadOnlyList<Contract> LegContracts { get; init; }

    public required Order Order { get; set; }

    public required ComboOrder Model { get; set; }

    public DateTimeOffset Arrival { get; set; }

    /// <summary>Submitted, PreSubmitted, Filled, Cancelled.</summary>
    public string Status { get; set; } = "Submitted";

    public int Filled { get; set; }

    public decimal FillValue { get; set; }

    public decimal? LastFillPrice { get; set; }

    /// <summary>After a partial fill: when the rest may fill (null = never).</summary>
    public DateTimeOffset? RemainderAfter { get; set; }

    public bool PartiallyFilled { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Scenario: the broker cancels the order at this instant.</summary>
    public DateTimeOffset? BrokerCancelAt { get; set; }

    /// <summary>Scenario: held awaiting a confirmation that never comes (stays PreSubmitted, never fills).</summary>
    public bool Held { get; set; }

    /// <summary>Whether the last evaluation reached the stop's trigger price (for the "double" trigger methods).</summary>
    public bool TriggerHit { get; set; }

    /// <summary>Scenario: gets the informational 10349 after its acknowledgement.</summary>
    public bool Informed { get; set; }

    public int Remaining => Model.Quantity - Filled;

    public decimal? AverageFillPrice => Filled == 0 ? null : FillValue / Filled;

    public bool IsWorking => Status is "Submitted" or "PreSubmitted";
}
