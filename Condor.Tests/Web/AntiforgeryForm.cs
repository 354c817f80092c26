using AngleSharp.Html.Parser;

namespace Condor.Tests.Web;

/// <summary>Reads the antiforgery token out of a page's form, as a browser would submit it.</summary>
internal static class AntiforgeryForm
{
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var document = new HtmlParser().ParseDocument(html);
        var input = document.QuerySelector("input[name=__RequestVerificationToken]");
        return input?.GetAttribute("value") ?? throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string password, string returnUrl = "/")
    {
        var token = await TokenAsync(client, "/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        });
        return await client.PostAsync(new Uri("/auth/login", UriKind.Relative), form);
    }
}
