namespace Condor.Engine.Strategy;

/// <summary>
/// What sizing needs to know. <see cref="WhatIfMarginPerContract"/> is the whatIf initial-margin change for ONE
/// contract (null: no answer came); <see cref="MarginAnswerRequired"/> makes a missing answer fail closed (Live).
/// Account values are null when unknown. <see cref="OpenPositionContracts"/> counts condor contracts already open.
/// </summary>
internal sealed record SizingInput(
    decimal ExpectedCredit,
    decimal WingWidth,
    int Multiplier,
    decimal? WhatIfMarginPerContract,
    bool MarginAnswerRequired,
    decimal? NetLiquidation,
    decimal? AvailableFunds,
    int OpenPositionContracts);
