namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>One leg of a BAG (combo) contract. Action is BUY or SELL; the combo's sign convention is DESIGN.md section 1.</summary>
internal sealed record ComboLeg
{
    public int ConId { get; init; }

    public int Ratio { get; init; }

    public string Action { get; init; } = string.Empty;

    public string Exchange { get; init; } = string.Empty;

    /// <summary>0 same as parent, 1 open, 2 close, 3 unknown.</summary>
    public int OpenClose { get; init; }

    public int ShortSaleSlot { get; init; }

    public string DesignatedLocation { get; init; } = string.Empty;

    public int ExemptCode { get; init; }
}
