namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>Filter of reqExecutions; empty strings and client id 0 mean "any".</summary>
internal sealed record ExecutionFilter
{
    public int ClientId { get; init; }

    public string AcctCode { get; init; } = string.Empty;

    /// <summary>"yyyyMMdd HH:mm:ss TZ": executions after this time.</summary>
    public string Time { get; init; } = string.Empty;

    public string Symbol { get; init; } = string.Empty;

    public string SecType { get; init; } = string.Empty;

    public string Exchange { get; init; } = string.Empty;

    public string Side { get; init; } = string.Empty;
}
