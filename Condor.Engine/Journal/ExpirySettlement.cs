namespace Condor.Engine.Journal;

/// <summary>Cash settlement at expiry: legs still open settle at intrinsic value against this price.</summary>
internal sealed record ExpirySettlement(decimal Price, DateTimeOffset AtUtc);
