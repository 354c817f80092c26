namespace Condor.Engine.Execution.Commands;

/// <summary>What the engine made of a command: accepted (and done, or started) or refused, with the reason.</summary>
internal sealed record CommandOutcome(bool Accepted, string Message)
{
    public static CommandOutcome Done(string message) => new(true, message);

    public static CommandOutcome Refused(string reason) => new(false, reason);
}
