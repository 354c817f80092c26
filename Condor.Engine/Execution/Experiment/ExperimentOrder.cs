using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Experiment;

/// <summary>One order in the experiment's book: what the engine sent, what the fill model sees, and its state.</summary>
internal sealed class ExperimentOrder
{
    public required int OrderId { get; init; }

    public required int ClientId { get; init; }

    public required long PermId { get; init; }

    /// <summary>The contract as a gateway echoes it (the BAG with its legs, or the option).</summary>
    public required Contract Contract { get; init; }

    public required IReadOnlyList<ExperimentLeg> Legs { get; init; }

    public required Order Order { get; set; }

    public required ComboOrder Model { get; set; }

    public required FillModel FillModel { get; init; }

    public DateTimeOffset Arrival { get; set; }

    /// <summary>PreSubmitted, Submitted, Filled, Cancelled.</summary>
    public string Status { get; set; } = "Submitted";

    public int Filled { get; set; }

    public decimal FillValue { get; set; }

    public decimal? LastFillPrice { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Whether the last evaluation reached the stop's trigger price (for the "double" trigger methods).</summary>
    public bool TriggerHit { get; set; }

    /// <summary>When the legs stop trading (the expiry session's close): a working order is cancelled then.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    public int Remaining => Model.Quantity - Filled;

    public decimal? AverageFillPrice => Filled == 0 ? null : FillValue / Filled;

    public bool IsWorking => Status is "Submitted" or "PreSubmitted";
}
