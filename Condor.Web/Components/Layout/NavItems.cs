using MudBlazor;

namespace Condor.Web.Components.Layout;

/// <summary>The dashboard's pages, in navigation order (the drawer and the phone's bottom bar).</summary>
internal static class NavItems
{
    public static IReadOnlyList<NavItem> All { get; } =
    [
        new("/", "Live", Icons.Material.Filled.ShowChart),
        new("/trades", "Trades", Icons.Material.Filled.ReceiptLong),
        new("/performance", "Performance", Icons.Material.Filled.Insights),
        new("/audit", "Audit", Icons.Material.Filled.FactCheck),
        new("/settings", "Settings", Icons.Material.Filled.Settings),
    ];
}
