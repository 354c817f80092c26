namespace Condor.Engine.Strategy;

/// <summary>One filter's outcome with the values it compared.</summary>
internal sealed record FilterCheck(string Filter, FilterOutcome Outcome, string Detail)
{
    public bool Blocks => Outcome is FilterOutcome.Tripped or FilterOutcome.MissingInput;
}
