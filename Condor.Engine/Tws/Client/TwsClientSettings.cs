using Condor.Engine.Configuration;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Tws.Client;

/// <summary>What <see cref="TwsClient"/> needs: the connection settings, the per-request timeout and the market-data line cap.</summary>
/// <param name="Connection">Where and how to connect.</param>
/// <param name="RequestTimeout">How long a request (contract details, whatIf, placeOrder acknowledgement...) may take.</param>
internal sealed record TwsClientSettings(TwsConnectionSettings Connection, TimeSpan RequestTimeout)
{
    /// <summary>IB allows 100 simultaneous market-data lines by default; Condor stays under (DESIGN.md section 4).</summary>
    public const int DefaultMaxMarketDataLines = 99;

    /// <summary>Market-data lines (streaming subscriptions plus snapshots in flight) allowed at once.</summary>
    public int MaxMarketDataLines { get; init; } = DefaultMaxMarketDataLines;

    /// <summary>The account orders go to when an order names none (<see cref="BrokerOptions.Account"/>); empty = the gateway's default.</summary>
    public string Account { get; init; } = string.Empty;

    /// <summary>The trading mode, for the account guard (<see cref="AccountGuard"/>); Paper unless set.</summary>
    public TradingMode Mode { get; init; } = TradingMode.Paper;

    public static TwsClientSettings FromOptions(BrokerOptions options, TradingMode mode)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TwsClientSettings(TwsConnectionSettings.FromOptions(options), TimeSpan.FromSeconds(options.RequestTimeoutSeconds))
        {
            Account = options.Account,
            Mode = mode,
        };
    }
}
