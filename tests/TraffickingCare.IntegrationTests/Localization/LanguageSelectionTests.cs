using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Localization;

public sealed class LanguageSelectionTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Serbian_latin_is_the_default_language()
    {
        using var client = app.Factory.CreateTestClient();

        var page = await client.GetPageAsync("/Error/404", HttpStatusCode.NotFound);

        Assert.Equal("sr-Latn-RS", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Stranica nije pronađena", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_browser_language_is_used_when_no_choice_was_made()
    {
        using var client = app.Factory.CreateTestClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var page = await client.GetPageAsync("/Error/404", HttpStatusCode.NotFound);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Page not found", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("sr-Cyrl-RS", "Страница није пронађена")]
    [InlineData("en", "Page not found")]
    [InlineData("sr-Latn-RS", "Stranica nije pronađena")]
    public async Task The_switcher_remembers_the_choice_in_the_culture_cookie(string culture, string expectedHeading)
    {
        using var client = app.Factory.CreateTestClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var before = await client.GetPageAsync("/Error/404", HttpStatusCode.NotFound);

        var response = await client.SubmitAsync(before, "form[action='/Language/Set']", submitName: "culture", submitValue: culture);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Error/404", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        var after = await client.GetPageAsync("/Error/404", HttpStatusCode.NotFound);
        Assert.Equal(culture, after.DocumentElement.GetAttribute("lang"));
        Assert.Contains(expectedHeading, after.Body!.TextContent);
    }

    [Fact]
    public async Task The_switcher_refuses_an_unknown_culture_and_a_foreign_return_address()
    {
        using var client = app.Factory.CreateTestClient();
        var page = await client.GetPageAsync("/Error/404", HttpStatusCode.NotFound);

        var unknown = await client.SubmitAsync(page, "form[action='/Language/Set']", submitName: "culture", submitValue: "de-DE");
        var foreign = await client.SubmitAsync(page, "form[action='/Language/Set']",
            new Dictionary<string, string> { ["returnUrl"] = "https://evil.example/" }, "culture", "en");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("/", foreign.Headers.Location!.OriginalString);
    }
}
