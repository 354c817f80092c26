using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Simulation;

/// <summary>
/// The market model in one place, for the gateway server: path, chains, combo quotes, fills and the account, all
/// driven by one <see cref="SimulatorOptions"/>. Everything but the account is a pure function of (options, time).
/// </summary>
internal sealed class SimulatedMarket
{
    private readonly MarketRules _rules;
    private readonly Dictionary<Underlying, FillModel> _fills;

    public SimulatedMarket(SimulatorOptions options, MarketRules rules)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rules);
        options.Scenario.Validate();
        Options = options;
        _rules = rules;
        Today = EasternTime.DateOf(options.Start);
        Path = new MarketPath(options.Path);
        Chains = new OptionChainModel(Path, options.Chain, options.Scenario, rules.IsTradingDay, Today);
        _fills = Enum.GetValues<Underlying>().ToDictionary(
            u => u,
            u => new FillModel(options.Path.Seed, options.Fills, options.Scenario, rules.ComboTicks(u)));
        Account = new SimulatedAccount(options.Scenario.PortfolioMargin ? options.Account with { PortfolioMargin = true } : options.Account);
    }

    public SimulatorOptions Options { get; }

    /// <summary>The ET date of <see cref="SimulatorOptions.Start"/>.</summary>
    public DateOnly Today { get; }

    public MarketPath Path { get; }

    public OptionChainModel Chains { get; }

    public SimulatedAccount Account { get; }

    public TickRule OptionTicks(Underlying underlying) => _rules.OptionTicks(underlying);

    public TickRule ComboTicks(Underlying underlying) => _rules.ComboTicks(underlying);

    public OptionChain Chain(Underlying underlying, DateOnly session, DateTimeOffset time) =>
        Chains.Chain(underlying, session, time, _rules.OptionTicks(underlying));

    public ComboQuote? Combo(Underlying underlying, DateOnly session, IReadOnlyList<ComboLeg> legs, DateTimeOffset time) =>
        Chains.QuoteCombo(underlying, session, legs, time, _rules.OptionTicks(underlying));

    /// <summary>Evaluates a combo order at <paramref name="now"/> against the combo's quote then.</summary>
    public FillDecision Evaluate(Underlying underlying, DateOnly session, IReadOnlyList<ComboLeg> legs, ComboOrder order, DateTimeOffset arrival, DateTimeOffset now) =>
        _fills[underlying].Evaluate(order, () => Combo(underlying, session, legs, now), arrival, now);

    /// <summary>The account's figures marked at <paramref name="time"/>.</summary>
    public AccountSnapshot AccountAt(DateTimeOffset time) =>
        Account.Snapshot(
            key => Chains.Mark(key, time, _rules.OptionTicks(key.Underlying)),
            key => (decimal)Chains.UnderlyingPrice(key.Underlying, time));
}
