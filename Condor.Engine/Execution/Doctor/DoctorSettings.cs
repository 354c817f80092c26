using Condor.Engine.Configuration;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;

namespace Condor.Engine.Execution.Doctor;

/// <summary>What the doctor checks against: the mode, the broker settings, the strategy and the trading calendar.</summary>
/// <param name="Endpoint">Where the gateway is, as the report names it (host:port; the built-in simulator's in Simulated mode).</param>
/// <param name="QuoteWait">How long, on the clock, to wait for index quotes and the options' bid/ask and model greeks.</param>
internal sealed record DoctorSettings(
    string Endpoint,
    TradingMode Mode,
    BrokerOptions Broker,
    StrategyOptions Strategy,
    Market.ExchangeCalendar Calendar,
    TimeSpan QuoteWait)
{
    public static readonly TimeSpan DefaultQuoteWait = TimeSpan.FromSeconds(20);
}
