namespace TraffickingCare.BrowserTests.Infrastructure;

/// <summary>Every browser test class joins this collection, so they share one app and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
