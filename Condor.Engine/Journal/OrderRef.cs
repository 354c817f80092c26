using System.Globalization;

namespace Condor.Engine.Journal;

/// <summary>The orderRef of Condor's orders: <c>condor:&lt;yyyyMMdd&gt;:&lt;role&gt;:&lt;n&gt;</c> (DESIGN.md section 3).</summary>
internal readonly record struct OrderRef(DateOnly SessionDate, OrderRole Role, int Attempt)
{
    private const string Prefix = "condor";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}:{SessionDate:yyyyMMdd}:{Role.ToString().ToLowerInvariant()}:{Attempt}");

    public static bool TryParse(string? text, out OrderRef orderRef)
    {
        orderRef = default;
        var parts = text?.Split(':');
        if (parts is not [Prefix, var date, var role, var attempt]
            || !DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || role.Length == 0 || !char.IsLower(role[0])
            || !Enum.TryParse<OrderRole>(role, ignoreCase: true, out var parsedRole)
            || !int.TryParse(attempt, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return false;
        }

        orderRef = new OrderRef(day, parsedRole, n);
        return true;
    }
}
