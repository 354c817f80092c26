namespace Condor.Engine.Journal;

/// <summary>
/// Decides whether an order status report is newer than the one the journal holds, so that reports delivered
/// out of order (a stale "Submitted" replayed after "Filled") leave the right final state. Progress is the
/// filled quantity first (it never decreases), then the status rank below. Every report is kept in the
/// history regardless; this only picks the order's current status.
/// </summary>
internal static class OrderProgress
{
    public const string IntentStatus = "Intent";

    public static bool Supersedes(string currentStatus, decimal currentFilled, string newStatus, decimal newFilled) =>
        newFilled != currentFilled ? newFilled > currentFilled : Rank(newStatus) > Rank(currentStatus);

    public static int Rank(string status) => status switch
    {
        IntentStatus => 0,
        "ApiPending" or "PendingSubmit" => 1,
        "PreSubmitted" => 2,
        "Submitted" => 3,
        "PendingCancel" => 4,
        "Inactive" or "ApiCancelled" or "Cancelled" => 5,
        "Filled" => 6,
        _ => 1, // an unknown status is kept in the history but never overrides a known later state
    };
}
