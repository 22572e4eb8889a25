using System.Net;
using AngleSharp.Html.Dom;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Tests.Shared;

namespace TraffickingCare.IntegrationTests.Sweeps;

/// <summary>
/// A signed-in user's walk from the home page along every link to a page of the app, each shape of address once
/// (<see cref="Walk.Shape"/>), up to <see cref="MostPages"/>. A link that does not open is a defect, unless the walk
/// itself removed its record meanwhile (the page that linked to it no longer does).
/// </summary>
public sealed class LinkWalk(TestClient client)
{
    public const int MostPages = 150;

    public List<string> Defects { get; } = [];

    public int Opened { get; private set; }

    /// <summary>Each HTML page the walk opens, with its address, in the order it finds them.</summary>
    public async IAsyncEnumerable<(string Url, IHtmlDocument Page)> PagesAsync()
    {
        var shapes = new HashSet<string>();
        var queue = new Queue<(string Url, string From)>([("/", "/")]);
        while (queue.Count > 0)
        {
            var (url, from) = queue.Dequeue();
            if (!shapes.Add(Walk.Shape(url)))
            {
                continue;
            }

            // A walk that stops short would leave pages unchecked and still pass.
            if (++Opened > MostPages)
            {
                Defects.Add($"The walk reached {MostPages} pages with {queue.Count + 1} links still to follow: raise LinkWalk.MostPages");
                yield break;
            }
            var response = await client.Http.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { IsAbsoluteUri: false } next)
            {
                response = await client.Http.GetAsync(next);
            }

            // Sent to sign in or told access is denied: a link the user is shown must open.
            var landed = response.RequestMessage?.RequestUri?.AbsolutePath ?? url;
            if (landed.StartsWith("/Account/", StringComparison.Ordinal))
            {
                Defects.Add($"GET {url} (linked from {from}) led to {landed}");
                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                if (await StillOffersAsync(from, url))
                {
                    Defects.Add($"GET {url} (linked from {from}) answered {(int)response.StatusCode}");
                }

                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await TestClient.ParseAsync(response);
            foreach (var link in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith("/lib/", StringComparison.Ordinal))
                {
                    queue.Enqueue((link.Split('#')[0], url));
                }
            }

            yield return (url, page);
        }
    }

    /// <summary>
    /// Whether the page <paramref name="url"/> still links to or posts to <paramref name="target"/>: a link or a form whose
    /// record the walk itself has removed since (by a form it sent) is gone from it, and its address is rightly not found.
    /// </summary>
    public async Task<bool> StillOffersAsync(string url, string target)
    {
        var response = await client.Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }

        var page = await TestClient.ParseAsync(response);
        return page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0])
            .Concat(page.QuerySelectorAll("form").Select(f => f.GetAttribute("action") is { Length: > 0 } action ? action : url))
            .Contains(target);
    }
}
