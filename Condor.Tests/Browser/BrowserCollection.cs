namespace Condor.Tests.Browser;

/// <summary>Every browser test shares one app and one Chromium (<see cref="BrowserFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
