namespace Condor.Web.Security;

/// <summary>
/// Where a login may send the browser afterwards: only a path on this site. Anything that a browser could read
/// as another host (<c>//evil</c>, <c>/\evil</c>, <c>/\t/evil</c> — browsers drop tabs and newlines from URLs),
/// anything with control or non-ASCII characters (they cannot go in a Location header) and anything that does not
/// parse as a relative URL becomes <c>/</c>.
/// </summary>
internal static class ReturnUrl
{
    public const string Home = "/";

    public static string LocalOrRoot(string? url) => IsLocal(url) ? url! : Home;

    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= 2048 }
        && url[0] == '/'
        && url.All(c => c is > ' ' and < '\x7f' and not '\\')
        && !url.StartsWith("//", StringComparison.Ordinal)
        && Uri.TryCreate(url, UriKind.Relative, out _);
}
