namespace Condor.Engine.Simulation;

/// <summary>What the gateway does to a live order (scenario <see cref="SimulationScenario.OrderFaults"/>).</summary>
internal enum OrderFaultKind
{
    /// <summary>An informational code on the live order: 10349 "Order TIF was set to DAY based on order preset."</summary>
    Informational10349,

    /// <summary>The broker cancels the working order (orderStatus Cancelled, error 202) after <see cref="OrderFault.After"/>.</summary>
    BrokerCancel202,

    /// <summary>
    /// Held like TWS's Market Order Confirmation precaution: the order is acknowledged PreSubmitted and waits for a
    /// confirmation in the TWS window that never comes (it never fills; a cancel still works).
    /// </summary>
    ConfirmationHold,
}
