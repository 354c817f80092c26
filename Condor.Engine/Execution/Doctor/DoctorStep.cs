namespace Condor.Engine.Execution.Doctor;

/// <summary>One line of the doctor's report: the step's name, how it ended, and what was found.</summary>
internal sealed record DoctorStep(string Name, DoctorStatus Status, string Detail)
{
    public const string Connect = "connect";
    public const string Accounts = "accounts";
    public const string MarketDataType = "market-data type";
    public const string Permissions = "permissions";
    public const string Expiry = "expiry";
    public const string Strikes = "strikes";
    public const string WhatIf = "whatIf margin";

    public static DoctorStep Ok(string name, string detail) => new(name, DoctorStatus.Ok, detail);

    public static DoctorStep Warn(string name, string detail) => new(name, DoctorStatus.Warning, detail);

    public static DoctorStep Skip(string name, string detail) => new(name, DoctorStatus.Skipped, detail);

    public static DoctorStep Fail(string name, string detail) => new(name, DoctorStatus.Failed, detail);

    /// <summary>"[ok]   accounts: DU123 (paper)" — the line printed for the step.</summary>
    public override string ToString()
    {
        var tag = Status switch
        {
            DoctorStatus.Ok => "[ok]  ",
            DoctorStatus.Warning => "[warn]",
            DoctorStatus.Skipped => "[skip]",
            _ => "[FAIL]",
        };
        return $"{tag} {Name}: {Detail}";
    }
}
