using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// The answer to a whatIf: the margins and commission when the gateway sent them set; otherwise "no margin
/// answer" with the reason (a timeout or a definite error). <see cref="State"/> is the last answer seen, which
/// may carry unset (null) margins.
/// </summary>
/// <param name="State">The last whatIf openOrder's state; null when none arrived.</param>
/// <param name="HasMargins">True when the initial and maintenance margin changes are both set.</param>
/// <param name="Reason">Why there is no margin answer; empty when there is one.</param>
/// <param name="ErrorCode">IB's code when a definite error ended the wait; null otherwise.</param>
internal sealed record WhatIfAnswer(OrderState? State, bool HasMargins, string Reason = "", int? ErrorCode = null)
{
    /// <summary>Set means IB sent a value: unset margins arrive as empty text or Double.MaxValue, read as null.</summary>
    public static bool MarginsSet(OrderState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.InitMarginChange is not null && state.MaintMarginChange is not null;
    }
}
