using Condor.Web.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Condor.Tests.Web.Components;

/// <summary>The smallest live page: shows the snapshot's value.</summary>
public sealed class CounterLive : LiveComponent<CounterSnapshot>
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "id", "value");
        builder.AddContent(2, Snapshot.Value);
        builder.CloseElement();
    }
}
