using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Safety;

/// <summary>
/// A press of the kill switch for one session: who pressed it, and — when the session has a trade — its legs and
/// a source of the legs' current quotes (to price the closing combo). The trade itself is the journal's.
/// </summary>
internal sealed record KillRequest(
    DateOnly SessionDate,
    AuditActor Actor,
    CondorLegs? Legs = null,
    Func<CancellationToken, ValueTask<IronCondor?>>? Quotes = null,
    string Account = "");
