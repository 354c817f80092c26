namespace Condor.Engine.Simulation;

/// <summary>How a whatIf answer misbehaves (scenario <see cref="SimulationScenario.WhatIfFault"/>), as IB's do at times.</summary>
internal enum WhatIfFault
{
    None,

    /// <summary>A first openOrder with every margin unset (IB's 1.797e308), then the real answer.</summary>
    UnsetMarginsFirst,

    /// <summary>Margins set but the commission (and its min/max) at IB's unset 1.797e308.</summary>
    BogusCommission,
}
