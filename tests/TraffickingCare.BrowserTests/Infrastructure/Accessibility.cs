using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TraffickingCare.BrowserTests.Infrastructure;

public static class Accessibility
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>
    /// Runs axe-core on the page as it is now and fails on any serious or critical violation, naming
    /// each rule, its impact and the elements it found, so the message alone is enough to fix it.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        if (blocking.Count == 0)
        {
            return;
        }

        var lines = blocking.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {Finding(n)}")));
        Assert.Fail($"Accessibility violations on {page.Url}:\n{string.Join("\n", lines)}");
    }

    /// <summary>What axe measured on the element, e.g. the contrast ratio and both colours.</summary>
    private static string Finding(AxeResultNode node) =>
        (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).FirstOrDefault() ?? string.Empty;
}
