namespace Condor.Tests.Web;

internal static class HttpClientExtensions
{
    /// <summary>SignalR's negotiate is a POST; everything else here is a GET.</summary>
    public static Task<HttpResponseMessage> PostOrGetAsync(this HttpClient client, string path) =>
        path.Contains("/negotiate", StringComparison.Ordinal)
            ? client.PostAsync(new Uri(path, UriKind.Relative), null)
            : client.GetAsync(new Uri(path, UriKind.Relative));
}
