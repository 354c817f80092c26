using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;

namespace Condor.Tests.Web.Components;

/// <summary>Renders a Razor component to HTML with ASP.NET Core's HtmlRenderer and parses it with AngleSharp.</summary>
internal static class ComponentRenderer
{
    public static async Task<IDocument> RenderAsync<TComponent>(IServiceProvider services, IDictionary<string, object?>? parameters = null)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(
                ParameterView.FromDictionary(parameters ?? new Dictionary<string, object?>()));
            return output.ToHtmlString();
        });
        return new HtmlParser().ParseDocument(html);
    }
}
