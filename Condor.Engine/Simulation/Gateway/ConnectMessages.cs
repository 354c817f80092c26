using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// What IB Gateway sends right after startApi: nextValidId, managedAccounts, then the farm status notices
/// (error id −1): 2104 market data farm OK, 2106 HMDS (historical) farm OK, 2158 sec-def farm OK. Texts as IB
/// writes them (the golden record <c>error_info_farm_ok</c> carries 2104's).
/// </summary>
internal static class ConnectMessages
{
    public static IReadOnlyList<IIncomingMessage> After(int nextValidId, string account) =>
    [
        new NextValidIdMessage(nextValidId),
        new ManagedAccountsMessage(account),
        OrderWire.Error(-1, 2104, "Market data farm connection is OK:usfarm"),
        OrderWire.Error(-1, 2106, "HMDS data farm connection is OK:ushmds"),
        OrderWire.Error(-1, 2158, "Sec-def data farm connection is OK:secdefnj"),
    ];
}
