using Dapper;

namespace Condor.Engine.Journal;

/// <summary>
/// SQL for a <see cref="TradeQuery"/> over the alias <c>t</c> (pure; values always go in as parameters).
/// Winners/losers are closed trades with net P/L above/below zero (break-even is neither). Money is stored
/// as text, so sorting by money compares <c>CAST(... AS REAL)</c>: exact enough to order, never used to compute.
/// </summary>
internal sealed record TradeLogFilter(string Where, string OrderBy, string Page, DynamicParameters Parameters)
{
    public const int MaxPageSize = 1_000;

    public static TradeLogFilter From(TradeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, MaxPageSize);
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        if (query.From is { } from)
        {
            conditions.Add("t.session_date >= @From");
            parameters.Add("From", JournalFormat.Date(from));
        }

        if (query.To is { } to)
        {
            conditions.Add("t.session_date <= @To");
            parameters.Add("To", JournalFormat.Date(to));
        }

        if (query.Mode is { } mode)
        {
            conditions.Add("t.mode = @Mode");
            parameters.Add("Mode", mode.ToString());
        }

        if (query.ExitReason is { } reason)
        {
            conditions.Add("t.exit_reason = @ExitReason");
            parameters.Add("ExitReason", reason.ToString());
        }

        if (query.Outcome != TradeOutcome.All)
        {
            conditions.Add(query.Outcome == TradeOutcome.Winners
                ? "t.status = 'Closed' AND CAST(t.pnl_net AS REAL) > 0"
                : "t.status = 'Closed' AND CAST(t.pnl_net AS REAL) < 0");
        }

        if (!string.IsNullOrEmpty(query.NotesContain))
        {
            conditions.Add(@"t.notes LIKE @Notes ESCAPE '\'");
            parameters.Add("Notes", "%" + EscapeLike(query.NotesContain) + "%");
        }

        var direction = query.Descending ? "DESC" : "ASC";
        var key = query.SortBy switch
        {
            TradeSortField.PnlNet => "CAST(t.pnl_net AS REAL)",
            TradeSortField.Credit => "CAST(t.credit AS REAL)",
            TradeSortField.MinutesInTrade => "(julianday(t.exit_utc) - julianday(t.entry_utc))",
            _ => "t.session_date",
        };
        parameters.Add("Take", query.PageSize);
        parameters.Add("Skip", (long)(query.Page - 1) * query.PageSize);
        return new TradeLogFilter(
            conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions),
            $"ORDER BY {key} {direction} NULLS LAST, t.id {direction}",
            "LIMIT @Take OFFSET @Skip",
            parameters);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
