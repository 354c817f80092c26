namespace Condor.Web.Dashboard;

/// <summary>One of our orders working at the broker.</summary>
public sealed record WorkingOrderStatus(string OrderRef, string Role, int Quantity, decimal? LimitPrice, string Status, decimal Filled);
