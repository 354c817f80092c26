namespace Condor.Web.Dashboard;

/// <summary>One exit of the OCA group (target, stop, time) and its status.</summary>
public sealed record ExitStatus(string Role, string OrderRef, decimal? Price, string Status);
