namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// The scenario's nightly reset window: 1100 "Connectivity between IB and Trader Workstation has been lost." to every
/// connected client at the opening, no market data during it, then 1102 "... restored - data maintained." (IB's
/// system message codes; the subscriptions survive, so data goes on without a new request).
/// </summary>
internal sealed partial class SimulatedGateway
{
    private volatile bool _resetting;

    private void ArmResets(SimulationScenario scenario)
    {
        if (scenario.NightlyReset is { } window)
        {
            ArmReset(window, window.NextOpening(Clock.GetUtcNow()));
        }
    }

    private void ArmReset(ResetWindow window, DateTimeOffset opening) =>
        At(opening, () =>
        {
            _resetting = true;
            Notify(1100);
            At(opening + window.Duration, () =>
            {
                _resetting = false;
                Notify(1102);
                ArmReset(window, window.NextOpening(opening + window.Duration));
            });
        });

    private void Notify(int code)
    {
        foreach (var session in _sessions.Keys.Where(s => s.IsReady))
        {
            session.Send(OrderWire.Error(-1, code, RequestFaults.DefaultMessage(code)));
        }
    }
}
