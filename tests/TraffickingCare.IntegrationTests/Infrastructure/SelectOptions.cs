using AngleSharp.Html.Dom;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>What a page's picker offers.</summary>
public static class SelectOptions
{
    /// <summary>The values of the options of the select <paramref name="select"/> finds, without the empty "choose" or "all".</summary>
    public static List<string> Offered(this IHtmlDocument page, string select) =>
        [.. page.QuerySelectorAll($"{select} option").Select(o => o.GetAttribute("value") ?? string.Empty).Where(v => v.Length > 0)];
}
