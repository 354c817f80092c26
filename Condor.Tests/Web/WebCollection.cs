namespace Condor.Tests.Web;

/// <summary>
/// Tests that start the web app run one at a time: WebApplicationFactory finds the app's host through a
/// process-wide diagnostic listener, so two hosts starting at once can pick up each other's start-up error.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollection
{
    public const string Name = "web app";
}
