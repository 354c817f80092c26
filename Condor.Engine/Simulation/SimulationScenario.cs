using Condor.Engine.Market;
namespace Condor.Engine.Simulation;

/// <summary>
/// Faults the simulator injects, for tests and demos. The market model honours the market-side ones
/// (<see cref="QuoteFaults"/>, <see cref="NoExpiryToday"/>, <see cref="NoExpiryOn"/>); the fill model honours
/// <see cref="NeverFill"/> and <see cref="FillDelay"/>; the rest are for the gateway server.
/// </summary>
internal sealed record SimulationScenario
{
    public static SimulationScenario None { get; } = new();

    /// <summary>Drop the client's connection after it has received this many messages.</summary>
    public int? DropConnectionAfterMessages { get; init; }

    /// <summary>Drop the connection at this virtual instant.</summary>
    public DateTimeOffset? DropConnectionAt { get; init; }

    /// <summary>Refuse connections for <see cref="RefuseConnectionsFor"/> from this instant (null = from the start).</summary>
    public DateTimeOffset? RefuseConnectionsFrom { get; init; }

    public TimeSpan? RefuseConnectionsFor { get; init; }

    /// <summary>NaN or missing bid/ask, or no greeks, for chosen strikes.</summary>
    public IReadOnlyList<StrikeFault> QuoteFaults { get; init; } = [];

    /// <summary>The simulator's first session lists no 0DTE expiry.</summary>
    public bool NoExpiryToday { get; init; }

    /// <summary>Sessions that list no 0DTE expiry.</summary>
    public IReadOnlyList<DateOnly> NoExpiryOn { get; init; } = [];

    /// <summary>Requests answered with an error code (162, 200, 201, 202, 354, 10147, 10197, 1100/1102 …).</summary>
    public IReadOnlyList<RequestError> RequestErrors { get; init; } = [];

    /// <summary>Orders fill no earlier than this long after they arrive.</summary>
    public TimeSpan? FillDelay { get; init; }

    /// <summary>Orders never fill (they stay working).</summary>
    public bool NeverFill { get; init; }

    /// <summary>A combo of quantity &gt; 1 first fills only this many.</summary>
    public int? PartialFillQuantity { get; init; }

    /// <summary>The rest of a partial fill follows after this long (null = never).</summary>
    public TimeSpan? PartialFillRemainderAfter { get; init; }

    /// <summary>Close every position on its own at this instant, like the broker's auto-liquidation.</summary>
    public DateTimeOffset? AutoLiquidateAt { get; init; }

    /// <summary>whatIf orders answer with empty margin figures (as IB paper accounts sometimes do).</summary>
    public bool EmptyWhatIf { get; init; }

    /// <summary>Market-data errors: 354 / 10090 for chosen strikes, 10197 on every stream at an instant.</summary>
    public IReadOnlyList<MarketDataFault> MarketDataFaults { get; init; } = [];

    /// <summary>The first model computation of each option line carries IB's "not computed" values (−1 / −2).</summary>
    public bool GreeksNotComputedFirst { get; init; }

    /// <summary>whatIf answers come with unset margins first, or a bogus commission (see <see cref="Simulation.WhatIfFault"/>).</summary>
    public WhatIfFault WhatIfFault { get; init; }

    /// <summary>The account is portfolio-margined (risk-based, net of the credit) instead of Reg-T.</summary>
    public bool PortfolioMargin { get; init; }

    /// <summary>
    /// When the broker's overnight processing removes expired legs from the positions and credits their cash
    /// settlement: this ET time of day on the day after the expiry (default 05:00). Until then the expired legs stay in
    /// the positions, as at IB, and no execution is ever reported for them.
    /// </summary>
    public TimeOnly ExpiryProcessingTime { get; init; } = new(5, 0);

    /// <summary>Faults on live orders: informational 10349, a broker-side cancel (202), a confirmation hold.</summary>
    public IReadOnlyList<OrderFault> OrderFaults { get; init; } = [];

    /// <summary>Positions reported that the client never ordered.</summary>
    public IReadOnlyList<ForeignPosition> ForeignPositions { get; init; } = [];

    /// <summary>
    /// The time zone the gateway was logged in with (TWS reads a zone-less goodAfterTime or execution-filter time in
    /// it). Default Europe/Berlin, the owner's; not a fault, but set here so a test's scenario can choose it.
    /// </summary>
    public string LoginTimeZone { get; init; } = "Europe/Berlin";

    /// <summary>The <see cref="LoginTimeZone"/> as a zone.</summary>
    public TimeZoneInfo LoginZone() => TimeZoneInfo.FindSystemTimeZoneById(LoginTimeZone);

    /// <summary>
    /// IB's pacing limit in messages per wall-clock second (error 100 beyond it, a disconnect when it persists);
    /// null = the gateway's setting (50, as IB; the tests' harness turns it off unless a scenario sets it); 0 = off.
    /// </summary>
    public int? MessageRateLimit { get; init; }

    /// <summary>
    /// IB's nightly server reset, in ET (its <see cref="ResetWindow.Day"/> unset): at the opening every connected client
    /// gets 1100 (connectivity lost) and market data stops; at the end 1102 (restored, data maintained) and the
    /// subscriptions stream again. Null = none.
    /// </summary>
    public ResetWindow? NightlyReset { get; init; }

    /// <summary>IB's weekly re-authentication, in ET (its <see cref="ResetWindow.Day"/> set): connections made during it are refused. Null = none.</summary>
    public ResetWindow? WeeklyReauthentication { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first out-of-range value.</summary>
    public void Validate()
    {
        Require(DropConnectionAfterMessages is null or > 0, nameof(DropConnectionAfterMessages));
        Require(RefuseConnectionsFor is null || RefuseConnectionsFor >= TimeSpan.Zero, nameof(RefuseConnectionsFor));
        Require(FillDelay is null || FillDelay >= TimeSpan.Zero, nameof(FillDelay));
        Require(PartialFillQuantity is null or > 0, nameof(PartialFillQuantity));
        Require(PartialFillRemainderAfter is null || PartialFillRemainderAfter >= TimeSpan.Zero, nameof(PartialFillRemainderAfter));
        Require(QuoteFaults.All(f => f is not null && f.Strike > 0 && Enum.IsDefined(f.Kind)), nameof(QuoteFaults));
        Require(RequestErrors.All(e => e is not null && !string.IsNullOrWhiteSpace(e.Request) && e.Code > 0 && e.Occurrence is null or > 0), nameof(RequestErrors));
        Require(OrderFaults.All(f => f is not null && Enum.IsDefined(f.Kind) && f.Occurrence is null or > 0 && (f.After is null || f.After >= TimeSpan.Zero)), nameof(OrderFaults));
        Require(MarketDataFaults.All(f => f is not null && f.Code is 354 or 10090 or 10197 && (f.At is not null || f.Strike > 0)), nameof(MarketDataFaults));
        Require(Enum.IsDefined(WhatIfFault), nameof(WhatIfFault));
        Require(TimeZoneInfo.TryFindSystemTimeZoneById(LoginTimeZone ?? string.Empty, out _), nameof(LoginTimeZone));
        Require(MessageRateLimit is null or >= 0, nameof(MessageRateLimit));
        Require(NightlyReset is null || (NightlyReset.IsValid && NightlyReset.Day is null), nameof(NightlyReset));
        Require(WeeklyReauthentication is null || (WeeklyReauthentication.IsValid && WeeklyReauthentication.Day is not null), nameof(WeeklyReauthentication));
        Require(ForeignPositions.All(p => p is not null && !string.IsNullOrWhiteSpace(p.Symbol) && p.Quantity != 0), nameof(ForeignPositions));
    }

    /// <summary>Whether the scenario removes the 0DTE expiry of <paramref name="session"/>.</summary>
    public bool RemovesExpiry(DateOnly session, DateOnly? today) =>
        NoExpiryOn.Contains(session) || (NoExpiryToday && today == session);

    /// <summary>The fault on a strike, if any, of the given kinds.</summary>
    public StrikeFault? FaultFor(Market.Underlying underlying, decimal strike, OptionRight right, params QuoteFaultKind[] kinds) =>
        QuoteFaults.FirstOrDefault(f => kinds.Contains(f.Kind) && f.Matches(underlying, strike, right));

    private static void Require(bool ok, string name)
    {
        if (!ok)
        {
            throw new ArgumentException($"Scenario value '{name}' is out of range.", name);
        }
    }
}
