namespace Condor.Engine.Strategy;

/// <summary>
/// The condor's price as a credit (positive = we receive): natural = short bids − long asks (fills at once),
/// mid = short mids − long mids. Computed from the legs by <see cref="ComboPricer"/>.
/// </summary>
internal sealed record ComboQuote(decimal NaturalCredit, decimal MidCredit);
