using System.Text.RegularExpressions;

namespace TraffickingCare.Benchmarks;

/// <summary>Record ids in a URL shown as <c>{id}</c>, so that a printed page names its kind, not its record.</summary>
internal static partial class Ids
{
    public static string Masked(string url) => Pattern().Replace(url, "{id}");

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Pattern();
}
