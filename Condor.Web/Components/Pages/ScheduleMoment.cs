namespace Condor.Web.Components.Pages;

/// <summary>One moment of today's plan: New York time, the owner's time and "(+1 day)" when the owner's date differs.</summary>
public sealed record ScheduleMoment(string What, TimeOnly NewYork, TimeOnly Owner, string OwnerDayShift);
