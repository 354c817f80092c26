namespace Condor.Engine.Strategy;

/// <summary>What the chase ladder says to do at a moment.</summary>
internal enum ChaseAction
{
    /// <summary>Send (or re-price) the entry at <see cref="ChaseStep.LimitCredit"/>.</summary>
    Price,

    /// <summary>The mid is below the minimum credit: send nothing new now.</summary>
    WaitForMid,

    /// <summary>The entry deadline has come: no new attempt; cancel a working entry.</summary>
    DeadlinePassed,
}
