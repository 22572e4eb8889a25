using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Account;

public sealed partial class SignInAndLanguageTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string DisplayName = "Demo Stručni Radnik";

    [Fact]
    public Task A_caseworker_signs_in_reads_home_in_all_three_languages_and_signs_out() =>
        RunAsync(nameof(A_caseworker_signs_in_reads_home_in_all_three_languages_and_signs_out), async page =>
        {
            await page.GotoAsync("/Account/Login");
            await ExpectLanguageAsync(page, "sr-Latn-RS", "Centar za zaštitu žrtava trgovine ljudima");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Prijava");
            await page.AssertAccessibleAsync();

            await page.Locator("#UserName").FillAsync("radnik");
            await page.Locator("#Password").FillAsync(BrowserAppFactory.DemoPassword);
            await page.Locator("#sign-in").ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync($"Dobro došli, {DisplayName}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Moji slučajevi i rokovi" })).ToBeVisibleAsync();
            await ExpectLanguageAsync(page, "sr-Latn-RS", "Centar za zaštitu žrtava trgovine ljudima");
            await page.AssertAccessibleAsync();

            await SwitchLanguageAsync(page, "sr-Cyrl-RS");
            await ExpectLanguageAsync(page, "sr-Cyrl-RS", "Центар за заштиту жртава трговине људима");
            await Expect(page.Locator("h1")).ToHaveTextAsync($"Добро дошли, {DisplayName}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Моји случајеви и рокови" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Почетна", Exact = true })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await SwitchLanguageAsync(page, "en");
            await ExpectLanguageAsync(page, "en", "Centre for the Protection of Victims of Human Trafficking");
            await Expect(page.Locator("h1")).ToHaveTextAsync($"Welcome, {DisplayName}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My cases and deadlines" })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.Locator("#user-menu").ClickAsync();
            await page.Locator("#sign-out").ClickAsync();

            await Expect(page).ToHaveURLAsync(LoginUrl());
            await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
            await Expect(page.Locator("#user-menu")).ToHaveCountAsync(0);
            await ExpectLanguageAsync(page, "en", "Centre for the Protection of Victims of Human Trafficking");
            await page.AssertAccessibleAsync();

            // The sign-out must have ended the session, not only moved the browser.
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(LoginUrl());
            await Expect(page.Locator("#login-form")).ToBeVisibleAsync();
        });

    [Theory]
    [InlineData("sr-Latn-RS", "Prijava", "Prijavi se", "Centar za zaštitu žrtava trgovine ljudima")]
    [InlineData("sr-Cyrl-RS", "Пријава", "Пријави се", "Центар за заштиту жртава трговине људима")]
    [InlineData("en", "Sign in", "Sign in", "Centre for the Protection of Victims of Human Trafficking")]
    public Task The_login_page_can_be_read_in_each_language_and_passes_the_accessibility_check(
        string culture, string heading, string submit, string centreName) =>
        RunAsync($"{nameof(The_login_page_can_be_read_in_each_language_and_passes_the_accessibility_check)}_{culture}", async page =>
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(LoginUrl());

            if (culture != BrowserLocale)
            {
                await SwitchLanguageAsync(page, culture);
            }

            await ExpectLanguageAsync(page, culture, centreName);
            await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await Expect(page.Locator("#sign-in")).ToHaveTextAsync(submit);
            await Expect(page.Locator("#UserName")).ToBeEditableAsync();
            await Expect(page.Locator("#Password")).ToHaveAttributeAsync("type", "password");
            await page.AssertAccessibleAsync();
        });

    private static async Task SwitchLanguageAsync(IPage page, string culture) =>
        await page.Locator($"button[name=culture][value={culture}]").ClickAsync();

    /// <summary>The document language (screen readers pronounce by it) and the visible text must both follow the culture.</summary>
    private static async Task ExpectLanguageAsync(IPage page, string culture, string centreName)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Expect(page.Locator("footer")).ToContainTextAsync(centreName);
        await Expect(page.Locator($"button[name=culture][value={culture}]")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [GeneratedRegex("/Account/Login(\\?|$)")]
    private static partial Regex LoginUrl();
}
