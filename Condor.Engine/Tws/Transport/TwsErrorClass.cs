namespace Condor.Engine.Tws.Transport;

/// <summary>What a gateway error code means for Condor (DESIGN.md section 4); see <see cref="TwsErrorClassifier"/>.</summary>
internal enum TwsErrorClass
{
    /// <summary>A code not in the table: fails a live request with that id, otherwise logged as a warning.</summary>
    Unknown = 0,

    /// <summary>Logged only (farm OK messages, order warnings).</summary>
    Informational,

    /// <summary>Unlisted code in IB's 2100–2199 warning range: logged as a warning, fails nothing.</summary>
    Warning,

    /// <summary>Gateway ↔ IB connectivity changed (1100, 1101, 1102, 2110): connection state; resubscribe/reconcile.</summary>
    Connectivity,

    /// <summary>A data farm is broken (2103, 2105, 2157): health warning; requests may stall.</summary>
    ConnectivityWarning,

    /// <summary>That request's task fails.</summary>
    RequestFailed,

    /// <summary>The order's task fails; the order is journaled as rejected.</summary>
    OrderRejected,

    /// <summary>An order event (cancelled, cancel not possible), not a failure.</summary>
    OrderEvent,
}
