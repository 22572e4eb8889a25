using System.Collections;
using System.Globalization;
using System.Resources;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TraffickingCare.Tests.Shared;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Resources;
using Xunit.Abstractions;

namespace TraffickingCare.IntegrationTests.Sweeps;

/// <summary>
/// Each role's walk through the app in Serbian Cyrillic and in English: no page shows a text of the app's own in Serbian
/// Latin (a text read from the resources in a fixed language, or taken from the wrong file), in its content or in what a
/// screen reader or a tooltip says (placeholder, title, aria-label), and every date is written dd.MM.yyyy. in these too.
/// </summary>
public sealed class EveryLanguageTests(SyntheticAppFixture app, ITestOutputHelper output) : IClassFixture<SyntheticAppFixture>
{
    private static readonly ResourceManager Resources = new("TraffickingCare.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>
    /// Data the synthetic seed writes in Serbian Latin, as a user would type it, that happens to equal a text of the app:
    /// the shelter unit's name and the organiser of the Centre's own trainings.
    /// </summary>
    private static readonly string[] TypedAsData = ["Prihvatilište", "Centar za zaštitu žrtava trgovine ljudima"];

    [Theory]
    [InlineData("koordinator", Cultures.Cyrillic)]
    [InlineData("koordinator", Cultures.English)]
    [InlineData("radnik", Cultures.Cyrillic)]
    [InlineData("radnik", Cultures.English)]
    [InlineData("prihvatiliste", Cultures.Cyrillic)]
    [InlineData("prihvatiliste", Cultures.English)]
    [InlineData("rukovodstvo", Cultures.Cyrillic)]
    [InlineData("rukovodstvo", Cultures.English)]
    [InlineData("admin", Cultures.Cyrillic)]
    [InlineData("admin", Cultures.English)]
    public async Task Every_page_a_role_opens_in_another_language_shows_none_of_the_apps_Serbian_Latin_texts(string userName, string culture)
    {
        using var client = await app.Factory.Arrange.SignedInAsync(userName);
        await client.SubmitAsync(await client.GetPageAsync("/"), "form[action='/Language/Set']", submitName: "culture", submitValue: culture);
        var latin = LatinOnly(Cultures.Create(culture));
        var walk = new LinkWalk(client);
        var pages = 0;
        await foreach (var (url, page) in walk.PagesAsync())
        {
            pages++;
            Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
            var shown = Shown(page).ToList();
            walk.Defects.AddRange(shown.Where(latin.Contains).Distinct().Select(text => $"{url} shows \"{text}\" in Serbian Latin"));
            walk.Defects.AddRange(shown.SelectMany(t => Walk.DateNotInCentreFormat().Matches(t)).Select(m => $"{url} shows the date {m.Value} in another form than dd.MM.yyyy."));
        }

        output.WriteLine($"{userName} in {culture}: {pages} pages read");
        Assert.True(walk.Defects.Count == 0, $"{walk.Defects.Count} defects on {userName}'s walk in {culture}:\n" + string.Join("\n", walk.Defects));
        Assert.True(pages > 5, $"{userName}'s walk read only {pages} pages");
    }

    /// <summary>Every text of the page a user reads or hears: its text nodes and the attributes read out or shown on hover.</summary>
    private static IEnumerable<string> Shown(IHtmlDocument page)
    {
        var body = page.Body!;
        var texts = body.GetDescendants().OfType<IText>()
            // A list's technical name (<code>) is the same in every language.
            .Where(t => t.ParentElement is not (IHtmlScriptElement or IHtmlStyleElement) && t.ParentElement?.LocalName != "code")
            .Select(t => t.Data);
        var attributes = body.GetDescendants().OfType<IElement>()
            .SelectMany(e => new[] { "placeholder", "title", "aria-label" }.Select(e.GetAttribute))
            .OfType<string>();
        return texts.Concat(attributes).Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(t => t.Length > 0);
    }

    /// <summary>
    /// The app's Serbian Latin texts that the other language's file does not also hold: words of at least four letters,
    /// whole (a text with a placeholder is never shown as it is written).
    /// </summary>
    private static HashSet<string> LatinOnly(CultureInfo culture)
    {
        var latin = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        var theirs = latin.Keys.Select(key => Resources.GetString(key, culture)).OfType<string>().ToHashSet();
        return latin.Values
            .Where(v => v.Count(char.IsLetter) >= 4 && !v.Contains('{', StringComparison.Ordinal) && !theirs.Contains(v) && !TypedAsData.Contains(v))
            .Select(v => string.Join(' ', v.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet();
    }
}
