using System.Globalization;

namespace Condor.Engine.Tws.Protocol;

/// <summary>
/// The texts IB uses on the wire for "unset" values, and the number formats shared by reader and writer
/// (see Condor.Tests/Fixtures/tws-golden/README.md, "Formatting rules").
/// </summary>
internal static class WireText
{
    /// <summary>double.MaxValue as IB's C# client prints it (client → gateway, a few placeOrder fields).</summary>
    public const string ClientDoubleMax = "1.7976931348623157E+308";

    /// <summary>double.MaxValue as the (Java) gateway prints it (gateway → client).</summary>
    public const string GatewayDoubleMax = "1.7976931348623157E308";

    public const string IntMax = "2147483647";

    public const string LongMax = "9223372036854775807";

    /// <summary>Shortest round-trip invariant form: <c>-4.85</c>, <c>5750</c>, <c>0</c>.</summary>
    public static string Double(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A money value written the way IB's client writes the double it holds.</summary>
    public static string Price(decimal value) => Double((double)value);

    /// <summary>A decimal written plainly, keeping its scale (<c>1</c>, <c>-1</c>, <c>4515.0</c>).</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool IsDoubleMaxText(string text) =>
        text is GatewayDoubleMax or ClientDoubleMax;
}
