namespace Condor.Engine.Journal;

/// <summary>The columns of an order that make up its lifecycle state.</summary>
internal sealed class OrderStateRow
{
    public const string Columns =
        "id AS Id, status AS Status, filled AS Filled, remaining AS Remaining, avg_fill_price AS AvgFillPrice, " +
        "quantity AS Quantity, limit_price AS LimitPrice, aux_price AS AuxPrice";

    public long Id { get; set; }

    public string Status { get; set; } = "";

    public string Filled { get; set; } = "";

    public string? Remaining { get; set; }

    public string? AvgFillPrice { get; set; }

    public int Quantity { get; set; }

    public string? LimitPrice { get; set; }

    public string? AuxPrice { get; set; }
}
