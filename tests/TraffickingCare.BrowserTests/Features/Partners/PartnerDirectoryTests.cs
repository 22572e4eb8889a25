using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Partners;

/// <summary>The partner directory as the coordinator keeps it: found however the name is typed, opened, given a contact person.</summary>
public sealed class PartnerDirectoryTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    /// <summary>The demo directory has a health centre in every municipality; Niš's is "Dom zdravlja Niš".</summary>
    private const string HealthCentre = "Dom zdravlja Niš";

    /// <summary>A synthetic contact person, as the coordinator would type her.</summary>
    private static readonly string[] Contact = ["Sintetička Kontaktović", "Patronažna sestra (sintetički)", "+381 18 000 0042", "sinteticka.kontaktovic@demo.invalid"];

    [Fact]
    public Task The_coordinator_finds_an_institution_with_or_without_diacritics_and_in_Cyrillic_and_adds_a_contact_person() =>
        RunAsync(nameof(The_coordinator_finds_an_institution_with_or_without_diacritics_and_in_Cyrillic_and_adds_a_contact_person), async page =>
        {
            await SignInAsync(page, "koordinator");
            await page.GetByRole(AriaRole.Navigation, new() { Name = Ui.Text("Layout.MainNavigation"), Exact = true })
                .GetByRole(AriaRole.Link, new() { Name = Ui.Text("Nav.Partners"), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Partners$"));
            await page.AssertAccessibleAsync();

            // As written, without diacritics, and in Cyrillic: the same entries.
            var names = page.Locator("#partners tbody tr td:first-child");
            await SearchAsync(page, HealthCentre);
            await Expect(names.Filter(new() { HasTextString = HealthCentre })).ToHaveCountAsync(1);
            var found = (await names.AllTextContentsAsync()).Select(n => n.Trim()).ToArray();
            await SearchAsync(page, "dom zdravlja nis");
            await Expect(names).ToHaveTextAsync(found);
            await SearchAsync(page, "Дом здравља Ниш");
            await Expect(names).ToHaveTextAsync(found);
            await Expect(page.Locator("#partner-count")).ToHaveTextAsync(Ui.Text("Partners.List.Count", found.Length));

            // The entry's page: the institution and its contact people; a new one added.
            await names.GetByRole(AriaRole.Link, new() { Name = HealthCentre, Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Partners/Details/[0-9a-f-]{36}$"));
            await Expect(page.Locator("#partner-name")).ToHaveTextAsync(HealthCentre);
            await Expect(page.Locator("#partner-sector")).ToContainTextAsync(Ui.Text("Partners.Sector.Health"));
            await page.AssertAccessibleAsync();

            var form = page.Locator("form#add-contact-form");
            await form.GetByLabel(Ui.Text("Partners.Contacts.Name"), new() { Exact = true }).FillAsync(Contact[0]);
            await form.GetByLabel(Ui.Text("Partners.Contacts.Function"), new() { Exact = true }).FillAsync(Contact[1]);
            await form.GetByLabel(Ui.Text("Partners.Fields.Phone"), new() { Exact = true }).FillAsync(Contact[2]);
            await form.GetByLabel(Ui.Text("Partners.Fields.Email"), new() { Exact = true }).FillAsync(Contact[3]);
            await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Partners.Contacts.Add"), Exact = true }).ClickAsync();

            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Partners.Contacts.Added"));
            await Expect(page.Locator("#partner-name")).ToHaveTextAsync(HealthCentre);
            var contact = page.Locator("#contacts tbody tr").Filter(new() { HasTextString = Contact[0] });
            await Expect(contact).ToHaveCountAsync(1);
            await Expect(contact.Locator("td").Nth(0)).ToHaveTextAsync(Contact[0]);
            await Expect(contact.Locator("td").Nth(1)).ToHaveTextAsync(Contact[1]);
            await Expect(contact.Locator("td").Nth(2)).ToHaveTextAsync(Contact[2]);
            await Expect(contact.Locator("td").Nth(3)).ToHaveTextAsync(Contact[3]);
            await page.AssertAccessibleAsync();
        });

    /// <summary>Types the name into the directory's search and applies the filter.</summary>
    private static async Task SearchAsync(IPage page, string query)
    {
        var filter = page.Locator("form#partner-filter");
        await filter.GetByLabel(Ui.Text("Partners.List.Query"), new() { Exact = true }).FillAsync(query);
        await filter.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Common.Filter"), Exact = true }).ClickAsync();
        await Expect(filter.GetByLabel(Ui.Text("Partners.List.Query"), new() { Exact = true })).ToHaveValueAsync(query);
        await Expect(page).ToHaveURLAsync(new Regex("/Partners\\?.*Q=" + Regex.Escape(Uri.EscapeDataString(query).Replace("%20", "+", StringComparison.Ordinal))));
        await page.AssertAccessibleAsync();
    }
}
