using System.ComponentModel.DataAnnotations;

namespace Condor.Engine.Configuration;

/// <summary>Top-level settings of the <c>Condor</c> section; features have their own sub-sections.</summary>
public sealed class CondorOptions
{
    public const string Section = "Condor";

    /// <summary>Simulated (default), Experiment, Paper or Live.</summary>
    [EnumDataType(typeof(TradingMode))]
    public TradingMode Mode { get; set; } = TradingMode.Simulated;

    /// <summary>Folder for the SQLite journal and backups; relative paths are under the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The owner's time zone (IANA id), used to show session times in local time as well.</summary>
    [Required(AllowEmptyStrings = false)]
    [TimeZoneId]
    public string OwnerTimeZone { get; set; } = "Europe/Berlin";
}
