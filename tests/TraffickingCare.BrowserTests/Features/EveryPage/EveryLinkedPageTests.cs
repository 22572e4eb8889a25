using System.Text.RegularExpressions;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Tests.Shared;
using Xunit.Abstractions;

namespace TraffickingCare.BrowserTests.Features.EveryPage;

/// <summary>
/// Each role's walk through the app from its home page, following every link it is shown: each link opens (a link to a
/// page the role may not open, or to one that fails, is a defect), each page passes axe, and no page shows a resource's
/// key where its text should be. A page is opened once per shape of its address (ids and values set aside), so the walk
/// stays short however much data there is.
/// </summary>
public sealed class EveryLinkedPageTests(BrowserFixture browser, SeededAppFixture seeded, ITestOutputHelper output)
    : BrowserTest(browser, output), IClassFixture<SeededAppFixture>
{
    private const int MostPages = 150;

    [Theory]
    [MemberData(nameof(Walk.EveryRole), MemberType = typeof(Walk))]
    public Task Every_page_a_role_is_linked_to_opens_and_passes_axe(string userName) =>
        RunAsync($"{nameof(Every_page_a_role_is_linked_to_opens_and_passes_axe)}_{userName}", async page =>
        {
            await SignInAsync(page, userName);
            var defects = new List<string>();
            var shapes = new HashSet<string>();
            var queue = new Queue<(string Url, string From)>([("/", "/")]);
            var opened = 0;
            while (queue.Count > 0)
            {
                var (url, from) = queue.Dequeue();
                if (!shapes.Add(Walk.Shape(url)))
                {
                    continue;
                }

                // A walk that stops short would leave pages unchecked and still pass.
                if (++opened > MostPages)
                {
                    defects.Add($"The walk reached {MostPages} pages with {queue.Count + 1} links still to follow: raise MostPages");
                    break;
                }

                // Redirects are followed (the annual report's address leads to the latest year), but not to the sign-in page.
                var response = await page.APIRequest.GetAsync(url);
                var type = response.Headers.GetValueOrDefault("content-type") ?? string.Empty;
                var landed = new Uri(response.Url).PathAndQuery;
                if (response.Status != 200 || landed.StartsWith("/Account/", StringComparison.Ordinal))
                {
                    defects.Add($"{url} (linked from {from}) answered {response.Status} at {landed}");
                    continue;
                }

                if (!type.StartsWith("text/html", StringComparison.Ordinal))
                {
                    continue;
                }

                await page.GotoAsync(landed);
                foreach (var violation in await page.BlockingViolationsAsync())
                {
                    defects.Add($"{url}: {violation}");
                }

                // Every text of the page, shown or not yet (a menu, a dialog, a message the script reveals), and the words
                // given to assistive technology: what a user may come to read or hear.
                var text = await page.EvaluateAsync<string>(EveryText);
                foreach (Match key in Walk.ResourceKey().Matches(text))
                {
                    defects.Add($"{url}: shows the resource key {key.Value}");
                }

                foreach (Match date in Walk.DateNotInCentreFormat().Matches(text))
                {
                    defects.Add($"{url}: shows the date {date.Value} in another form than dd.MM.yyyy.");
                }

                foreach (var link in await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"))
                {
                    if (Uri.TryCreate(link, UriKind.Absolute, out var target) && target.Authority == new Uri(page.Url).Authority
                        && !target.AbsolutePath.StartsWith("/lib/", StringComparison.Ordinal))
                    {
                        queue.Enqueue((target.PathAndQuery, new Uri(page.Url).PathAndQuery));
                    }
                }
            }

            Output.WriteLine($"{userName}: {opened} pages of {shapes.Count} shapes opened, {queue.Count} links left in the queue");
            Assert.True(defects.Count == 0, $"{defects.Count} defects on {userName}'s walk:\n" + string.Join("\n", defects));
            Assert.True(opened > 5, $"{userName}'s walk opened only {opened} pages");
        }, app: seeded.BaseAddress);

    private const string EveryText = """
        () => {
            const parts = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!['SCRIPT', 'STYLE'].includes(node.parentElement?.tagName)) parts.push(node.data);
            }
            for (const element of document.body.querySelectorAll('[title], [placeholder], [aria-label], [alt], input[type=submit], input[type=button]')) {
                for (const name of ['title', 'placeholder', 'aria-label', 'alt']) parts.push(element.getAttribute(name) ?? '');
                if (element.matches('input[type=submit], input[type=button]')) parts.push(element.value);
            }
            return parts.join('\n');
        }
        """;
}
