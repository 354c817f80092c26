using Condor.Engine.Configuration;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// Which account an order may go to (DESIGN.md section 2, "Account guard"): Paper (and Simulated, whose
/// simulator account looks like a paper account) only a paper account — IB's paper accounts start with
/// <c>DU</c> —, Live never a paper account, and both only <c>Condor:Broker:Account</c> when it is set. So a
/// Paper configuration pointed at a live gateway port cannot send a real order. Experiment sends no order at
/// all, not even whatIf (its fills are simulated). Pure: returns the account to use, or why none may be used.
/// </summary>
internal static class AccountGuard
{
    public const string PaperPrefix = "DU";

    /// <summary>The account to send the order to, or an error text naming the settings involved.</summary>
    /// <param name="mode">The trading mode.</param>
    /// <param name="configured">Condor:Broker:Account (empty = not set).</param>
    /// <param name="requested">The account the order names (empty = none).</param>
    /// <param name="managedAccounts">The gateway's managedAccounts list (comma-separated; empty before it arrived).</param>
    public static (string? Account, string? Refusal) Resolve(TradingMode mode, string configured, string requested, string managedAccounts)
    {
        if (mode == TradingMode.Experiment)
        {
            return (null, "Experiment mode sends no orders to the gateway, not even whatIf (Condor:Mode).");
        }

        var managed = managedAccounts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (configured.Length > 0 && requested.Length > 0 && !string.Equals(configured, requested, StringComparison.Ordinal))
        {
            return (null, $"The order names account {requested}, but Condor:Broker:Account is {configured}.");
        }

        var account = configured.Length > 0 ? configured : requested;
        if (account.Length == 0)
        {
            if (managed.Length != 1)
            {
                return (null, managed.Length == 0
                    ? "The gateway has not said which accounts it manages yet; set Condor:Broker:Account."
                    : $"The gateway manages several accounts ({string.Join(", ", managed)}): set Condor:Broker:Account.");
            }

            account = managed[0];
        }
        else if (managed.Length > 0 && !managed.Contains(account, StringComparer.Ordinal))
        {
            return (null, $"Account {account} is not one the gateway manages ({string.Join(", ", managed)}); check Condor:Broker:Account.");
        }

        var paper = account.StartsWith(PaperPrefix, StringComparison.Ordinal);
        return mode switch
        {
            TradingMode.Live when paper => (null, $"Live mode refuses paper account {account} (paper accounts start with {PaperPrefix}); check Condor:Mode and Condor:Broker:Port."),
            TradingMode.Paper or TradingMode.Simulated when !paper => (null, $"{mode} mode refuses account {account}: it is not a paper account (those start with {PaperPrefix}); is Condor:Broker:Port a live gateway?"),
            _ => (account, null),
        };
    }
}
