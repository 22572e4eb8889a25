using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace TraffickingCare.BrowserTests.Infrastructure;

public static class Accessibility
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>axe-core as the Deque package bundles it, read once.</summary>
    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// axe-core run in the page itself, describing only the violations. The package's own run finishes each analysis in
    /// a new blank page (made for pages that frame other origins, which this app never does) and collects every node
    /// that passes: about 2 s a page on two cores, against 0.5 s for this one, with the same violations found.
    /// </summary>
    private const string RunViolationsOnly = """
        async () => {
            const result = await window.axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(v => ({
                id: v.id,
                impact: v.impact ?? '',
                help: v.help,
                nodes: v.nodes.map(n => ({
                    target: JSON.stringify(n.target),
                    finding: ([...n.any, ...n.all, ...n.none].map(c => c.message)[0]) ?? '',
                })),
            }));
        }
        """;

    /// <summary>
    /// Runs axe-core on the page as it is now and fails on any serious or critical violation, naming
    /// each rule, its impact and the elements it found, so the message alone is enough to fix it.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var blocking = await BlockingViolationsAsync(page);
        if (blocking.Count > 0)
        {
            Assert.Fail($"Accessibility violations on {page.Url}:\n{string.Join("\n", blocking)}");
        }
    }

    /// <summary>Each serious or critical violation axe-core finds on the page as it is now, one line per rule and the elements it found.</summary>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeScript.Value);
        }

        var violations = (await page.EvaluateAsync<JsonElement>(RunViolationsOnly)).Deserialize<Violation[]>(JsonSerializerOptions.Web)!;
        return violations.Where(v => BlockingImpacts.Contains(v.Impact))
            .Select(v => $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {n.Finding}")))
            .ToList();
    }

    private sealed record Violation(string Id, string Impact, string Help, ViolationNode[] Nodes);

    /// <summary>An element axe found, and what it measured there, e.g. the contrast ratio and both colours.</summary>
    private sealed record ViolationNode(string Target, string Finding);
}
