namespace Condor.Engine.Tws.Wire;

/// <summary>Order in which queued outgoing messages leave under pacing (DESIGN.md section 4).</summary>
internal enum MessagePriority
{
    /// <summary>Cancels, global cancel, kill-switch traffic: ahead of everything queued.</summary>
    Urgent = 0,

    /// <summary>Orders, account and reference-data requests.</summary>
    Normal = 1,

    /// <summary>Market-data subscriptions: the first to wait when bursting.</summary>
    MarketData = 2,
}
