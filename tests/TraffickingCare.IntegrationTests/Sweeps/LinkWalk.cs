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
        while (queue.Count > 0 && Opened < MostPages)
        {
            var (url, from) = queue.Dequeue();
            if (!shapes.Add(Walk.Shape(url)))
            {
                continue;
            }

            Opened++;
            var response = await client.Http.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { IsAbsoluteUri: false } next)
            {
                response = await client.Http.GetAsync(next);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                if (await StillOffersAsync(from, $"a[href='{url}']"))
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
    /// Whether the page <paramref name="url"/> still offers what <paramref name="selector"/> finds: a link or a form whose
    /// record the walk itself has removed since (by a form it sent) is gone from it, and its address is rightly not found.
    /// </summary>
    public async Task<bool> StillOffersAsync(string url, string selector)
    {
        var response = await client.Http.GetAsync(url);
        return response.StatusCode == HttpStatusCode.OK && (await TestClient.ParseAsync(response)).QuerySelector(selector) is not null;
    }
}
