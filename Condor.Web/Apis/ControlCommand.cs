namespace Condor.Web.Apis;

/// <summary>The commands that must work with the circuit down or JavaScript blocked (the /control page).</summary>
public enum ControlCommand
{
    Kill,
    Pause,
    Resume,
}
