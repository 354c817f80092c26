namespace Condor.Web.Components.Layout;

internal sealed record NavItem(string Href, string Label, string Icon);
