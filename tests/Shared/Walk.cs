using System.Text.RegularExpressions;

namespace TraffickingCare.Tests.Shared;

/// <summary>
/// What the walks through the app (the browser's and the forms') share: the shape of an address, by which a page is
/// opened once however many records link to it, and what a resource's key looks like when it shows instead of its text.
/// </summary>
public static partial class Walk
{
    /// <summary>A demo user of each role, whose walks together reach every page.</summary>
    public static TheoryData<string> EveryRole => ["koordinator", "radnik", "prihvatiliste", "rukovodstvo", "admin"];

    /// <summary>The address with every id and every query value set aside: /Cases/Details/{id}?Status.</summary>
    public static string Shape(string url)
    {
        var uri = new Uri(new Uri("http://x"), url);
        var path = IdSegment().Replace(uri.AbsolutePath, "{id}");
        var names = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order();
        return path + "?" + string.Join("&", names);
    }

    /// <summary>A resource's key as the localizer shows it when the text is missing: Cases.Details.Title.</summary>
    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+(\.[A-Za-z0-9]+)*\b")]
    public static partial Regex ResourceKey();

    /// <summary>A date as the platform or a machine writes it (2026-12-07, 12/7/2026, 7.12.2026, 07.12.2026 without its dot).</summary>
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b(?!\.)|\b\d\.\d{1,2}\.\d{4}\.|\b\d{2}\.\d\.\d{4}\.")]
    public static partial Regex DateNotInCentreFormat();

    [GeneratedRegex(@"(?<=/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d+)(?=/|$)")]
    private static partial Regex IdSegment();
}
