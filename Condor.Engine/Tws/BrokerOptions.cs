using System.ComponentModel.DataAnnotations;

namespace Condor.Engine.Tws;

/// <summary>
/// Connection to IB Gateway / TWS, section <c>Condor:Broker</c>. Ports: Gateway live 4001, paper 4002;
/// TWS live 7496, paper 7497. In Simulated mode the host and port are those of the built-in simulator.
/// </summary>
public sealed class BrokerOptions
{
    public const string Section = "Condor:Broker";

    [Required(AllowEmptyStrings = false)]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 4002;

    /// <summary>The API client id; each connection to one gateway needs its own.</summary>
    [Range(0, 999_999_999)]
    public int ClientId { get; set; } = 17;

    /// <summary>The IB account to trade (e.g. DU1234567); empty = the single managed account.</summary>
    public string Account { get; set; } = "";

    [Range(1, 300)]
    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>Time a request (contract details, whatIf, ...) may take before its task fails.</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>Paper accounts sometimes answer whatIf with empty margins; true accepts that in Paper mode only, never in Live.</summary>
    public bool AllowEmptyWhatIfInPaper { get; set; }
}
