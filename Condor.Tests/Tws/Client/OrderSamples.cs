using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Tws.Client;

/// <summary>A four-leg SPXW iron condor (BAG) and its entry order, as the engine will send them.</summary>
internal static class OrderSamples
{
    public static Contract Condor { get; } = new()
    {
        Symbol = "SPX",
        SecType = "BAG",
        Exchange = "SMART",
        Currency = "USD",
        ComboLegs =
        [
            new ComboLeg { ConId = 7001, Ratio = 1, Action = "BUY", Exchange = "SMART" },
            new ComboLeg { ConId = 7002, Ratio = 1, Action = "SELL", Exchange = "SMART" },
            new ComboLeg { ConId = 7003, Ratio = 1, Action = "SELL", Exchange = "SMART" },
            new ComboLeg { ConId = 7004, Ratio = 1, Action = "BUY", Exchange = "SMART" },
        ],
    };

    private static int attempts;

    /// <summary>The entry order, with a new orderRef (intent key) each time.</summary>
    public static Order Entry => new()
    {
        Action = "BUY",
        TotalQuantity = 1,
        OrderType = "LMT",
        LmtPrice = -1.50m,
        Tif = "DAY",
        OrderRef = "condor:20261123:entry:" + Interlocked.Increment(ref attempts).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Order WithId(int orderId) => Entry with { OrderId = orderId, Account = CodecGateway.Account };
}
