using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor.Services;

namespace Condor.Tests.Web.Components;

/// <summary>
/// The one bunit set-up: MudBlazor's services, loose JS interop (MudBlazor calls into its script; nothing here
/// asserts on that), a fixed antiforgery token for the plain forms, and optionally the real app's services behind.
/// Dispose with <c>await using</c>: MudBlazor's services dispose asynchronously.
/// </summary>
internal static class ComponentTest
{
    public const string AntiforgeryValue = "test-antiforgery-token";

    public static BunitContext Create(Action<IServiceCollection>? services = null, IServiceProvider? app = null)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        services?.Invoke(context.Services);
        context.Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        if (app is not null)
        {
            context.Services.AddFallbackServiceProvider(app);
        }

        // Services are fixed from here on (the renderer builds the provider); pages render as in a circuit.
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        return context;
    }

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new(AntiforgeryValue, "__RequestVerificationToken");
    }
}
