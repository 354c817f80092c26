using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// The simulator's reference data, consistent with IB: index conIds (SPX 416904, VIX 13455763; XSP has a simulator id), option conIds from
/// <see cref="SimulatedContractIds"/>, SPXW / XSP trading classes, multiplier 100, CBOE minimum ticks, trading hours
/// from the exchange calendar. Option conIds are mapped back to contracts for the sessions the gateway lists.
/// </summary>
internal sealed class GatewayContracts
{
    public const int SpxConId = 416904;

    /// <summary>VIX's index conId at IB (13455763, as several public IB API clients record it).</summary>
    public const int VixConId = 13455763;

    /// <summary>
    /// The simulator's own id for the XSP index: 13455763 is VIX's at IB, and XSP's real one was not verified here.
    /// Clients should discover it with reqContractDetails, as Condor does.
    /// </summary>
    public const int XspConId = 90_000_001;

    /// <summary>The conId the gateway gives every combo (BAG) it echoes back.</summary>
    public const int ComboConId = 28812380;

    private const string OrderTypes = "ACTIVETIM,AD,ADJUST,ALERT,ALLOC,AVGCOST,BASKET,COND,CONDORDER,DAY,DEACT,GAT,GTC,GTD,LMT,MKT,OCA,STP,WHATIF";

    private readonly SimulatedMarket _market;
    private readonly ExchangeCalendar _calendar;
    private readonly ConcurrentDictionary<int, OptionKey> _byConId = new();
    private readonly ConcurrentDictionary<(Underlying, DateOnly), bool> _registered = new();

    public GatewayContracts(SimulatedMarket market, ExchangeCalendar calendar)
    {
        _market = market;
        _calendar = calendar;
    }

    public ExchangeCalendar Calendar => _calendar;

    public static int IndexConId(Underlying underlying) => underlying == Underlying.SPX ? SpxConId : XspConId;

    public static string Symbol(Underlying underlying) => underlying == Underlying.SPX ? "SPX" : "XSP";

    public static string TradingClass(Underlying underlying) => IndexOptionContract.For(underlying).TradingClass;

    public static Underlying? ParseUnderlying(string symbol) => symbol.ToUpperInvariant() switch
    {
        "SPX" => Underlying.SPX,
        "XSP" => Underlying.XSP,
        _ => null,
    };

    /// <summary>The expirations listed from the simulator's first session: up to <paramref name="count"/> trading days.</summary>
    public IReadOnlyList<DateOnly> Expirations(int count = 6)
    {
        var list = new List<DateOnly>();
        var day = _market.Today;
        for (var i = 0; list.Count < count && i < 30; i++, day = day.AddDays(1))
        {
            if (_market.Chains.HasExpiry(day))
            {
                list.Add(day);
            }
        }

        return list;
    }

    public IReadOnlyList<decimal> Strikes(Underlying underlying, DateOnly session)
    {
        Register(underlying, session);
        return _market.Chains.Strikes(underlying, session);
    }

    public OptionKey? Find(int conId)
    {
        if (_byConId.TryGetValue(conId, out var key))
        {
            return key;
        }

        foreach (var u in Enum.GetValues<Underlying>())
        {
            foreach (var day in Expirations())
            {
                Register(u, day);
            }
        }

        return _byConId.TryGetValue(conId, out key) ? key : null;
    }

    public Contract Option(OptionKey key)
    {
        Register(key.Underlying, key.Expiry);
        var right = key.Right == OptionRight.Put ? "P" : "C";
        var cls = TradingClass(key.Underlying);
        var local = string.Create(
            CultureInfo.InvariantCulture,
            $"{cls,-6}{key.Expiry:yyMMdd}{right}{decimal.ToInt64(key.Strike * 1000):D8}");
        return new Contract
        {
            ConId = SimulatedContractIds.For(key),
            Symbol = Symbol(key.Underlying),
            SecType = "OPT",
            LastTradeDateOrContractMonth = GatewayTime.Date(key.Expiry),
            Strike = key.Strike,
            Right = right,
            Multiplier = "100",
            Exchange = "SMART",
            Currency = "USD",
            LocalSymbol = local,
            TradingClass = cls,
        };
    }

    public static Contract Index(Underlying underlying) => new()
    {
        ConId = IndexConId(underlying),
        Symbol = Symbol(underlying),
        SecType = "IND",
        Exchange = "CBOE",
        Currency = "USD",
        LocalSymbol = Symbol(underlying),
        TradingClass = Symbol(underlying),
    };

    public ContractDetails IndexDetails(Underlying underlying) => new()
    {
        Contract = Index(underlying),
        MarketName = Symbol(underlying),
        MinTick = 0.01m,
        PriceMagnifier = 1,
        OrderTypes = OrderTypes,
        ValidExchanges = "CBOE",
        LongName = underlying == Underlying.SPX ? "S&P 500 Stock Index" : "Mini-SPX Index",
        Industry = "Indices",
        Category = "Broad Range Equity Index",
        Subcategory = "*",
        TimeZoneId = IbTimeZone,
        TradingHours = Hours(TradingClose),
        LiquidHours = Hours(close => close.CloseEt),
        AggGroup = 1,
        MarketRuleIds = "33",
        MinSize = 1,
        SizeIncrement = 1,
        SuggestedSizeIncrement = 1,
    };

    /// <summary>VIX's index details (CBOE, conId 13455763), shaped as the SPX index's.</summary>
    public ContractDetails VixDetails() => IndexDetails(Underlying.SPX) with
    {
        Contract = new Contract
        {
            ConId = VixConId, Symbol = "VIX", SecType = "IND", Exchange = "CBOE", Currency = "USD", LocalSymbol = "VIX", TradingClass = "VIX",
        },
        MarketName = "VIX",
        LongName = "CBOE Volatility Index",
    };

    public ContractDetails OptionDetails(OptionKey key) => new()
    {
        Contract = Option(key),
        MarketName = TradingClass(key.Underlying),
        MinTick = SimulatorMarketRules.MinTick(key.Underlying),
        PriceMagnifier = 1,
        OrderTypes = OrderTypes,
        ValidExchanges = "SMART,CBOE",
        UnderConId = IndexConId(key.Underlying),
        LongName = IndexDetails(key.Underlying).LongName,
        ContractMonth = key.Expiry.ToString("yyyyMM", CultureInfo.InvariantCulture),
        Industry = "Indices",
        Category = "Broad Range Equity Index",
        Subcategory = "*",
        TimeZoneId = IbTimeZone,
        TradingHours = Hours(TradingClose),
        LiquidHours = Hours(s => s.CloseEt),
        AggGroup = 2,
        MarketRuleIds = "110,110",
        UnderSymbol = Symbol(key.Underlying),
        UnderSecType = "IND",
        RealExpirationDate = GatewayTime.Date(key.Expiry),
        MinSize = 1,
        SizeIncrement = 1,
        SuggestedSizeIncrement = 1,
    };

    /// <summary>
    /// The zone IB states for CBOE's index and SPXW contracts, and writes their hours in (the golden contract-details
    /// records: <c>US/Central</c>, <c>0830-1515</c> trading and <c>0830-1500</c> liquid; an early close 12:00 for both).
    /// The expiry field carries the date alone (<c>20261123</c>), as in those records.
    /// </summary>
    private const string IbTimeZone = "US/Central";

    private static TimeOnly TradingClose(TradingSession session) => session.IsEarlyClose ? session.CloseEt : session.OptionsCloseEt;

    /// <summary>IB's trading-hours text for five days from today, in Central time: <c>20261123:0830-20261123:1515;20261126:CLOSED</c>.</summary>
    private string Hours(Func<TradingSession, TimeOnly> close)
    {
        var text = new StringBuilder();
        for (var day = _market.Today; day < _market.Today.AddDays(5); day = day.AddDays(1))
        {
            var date = GatewayTime.Date(day);
            text.Append(text.Length == 0 ? string.Empty : ";");
            text.Append(_calendar.GetSession(day) is { } session
                ? string.Create(CultureInfo.InvariantCulture, $"{date}:{Central(day, session.OpenEt):HHmm}-{date}:{Central(day, close(session)):HHmm}")
                : date + ":CLOSED");
        }

        return text.ToString();
    }

    private void Register(Underlying underlying, DateOnly session)
    {
        if (!_registered.TryAdd((underlying, session), true))
        {
            return;
        }

        foreach (var strike in _market.Chains.Strikes(underlying, session))
        {
            foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
            {
                var key = new OptionKey(underlying, session, strike, right);
                _byConId[SimulatedContractIds.For(key)] = key;
            }
        }
    }

    private static TimeOnly Central(DateOnly day, TimeOnly eastern)
    {
        var instant = EasternTime.At(day, eastern);
        return TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Central()).DateTime);
    }

    private static TimeZoneInfo Central() => TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
}
