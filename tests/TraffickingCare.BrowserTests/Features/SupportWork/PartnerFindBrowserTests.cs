using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.SupportWork;

/// <summary>
/// A service's giver from a large partner directory (more than <see cref="StaffOrPartnerOptionsQuery.ListedUpTo"/>
/// partners): the service form lists none of them, a search by name posts the form back as typed without saving it, and the partner found gives the service.
/// </summary>
/// <remarks>
/// The browser tests share one app. Its demo directory is already a large one; the fifty-one partners arranged here
/// make it one whatever the demo holds, and the other tests choose their partners by name, so they change none of them.
/// </remarks>
public sealed class PartnerFindBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string CaseworkerDisplayName = "Demo Stručni Radnik";

    /// <summary>Synthetic, as a caseworker would write it.</summary>
    private const string ServiceNote = "Pripremljena žalba na rešenje (sintetički).";

    private const string Duration = "50";

    private const string Wanted = "Ustanova Cy";

    [Fact]
    public Task A_caseworker_finds_a_service_s_partner_by_name_and_the_form_comes_back_as_typed() =>
        RunAsync(nameof(A_caseworker_finds_a_service_s_partner_by_name_and_the_form_comes_back_as_typed), async page =>
        {
            var (caseId, caseCode, today) = await ArrangeCaseAsync("radnik");
            await LargeDirectoryAsync();
            var wantedId = await ArrangeAsync(services => services.GetRequiredService<AppDbContext>().Partners.AsNoTracking()
                .Where(p => p.Name == Wanted).Select(p => p.Id).SingleAsync());
            var legalAid = await CodeLabelAsync("ServiceType", "Legal");
            await SignInAsync(page, "radnik");
            await SupportWorkSteps.OpenCaseAsync(page, caseId, caseCode);
            await SupportWorkSteps.OpenServicesAsync(page, 0);

            // The service form: no partner of the directory is listed (the case has none of its own), only the search.
            var form = page.Locator("form#log-service-page");
            var givenBy = form.GetByLabel(Ui.Text("Services.GivenBy"), new() { Exact = true });
            await Expect(Partners(givenBy)).ToHaveCountAsync(0);
            var find = form.GetByLabel(Ui.Text("Support.Fields.PartnerFind"), new() { Exact = true });
            await Expect(form.Locator("#log-service-page-partner-find-hint")).ToHaveTextAsync(Ui.Text("Support.PartnerFindHint"));
            await Expect(find).ToHaveAccessibleDescriptionAsync(Ui.Text("Support.PartnerFindHint"));

            // Part of the service typed, then the partner searched by name.
            await form.GetByLabel(Ui.Text("Services.Type"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = legalAid });
            await form.GetByLabel(Ui.Text("Services.Duration"), new() { Exact = true }).FillAsync(Duration);
            await form.GetByLabel(Ui.Text("Services.Note"), new() { Exact = true }).FillAsync(ServiceNote);
            await find.FillAsync(Wanted);
            await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Caseworkers.FindSubmit"), Exact = true }).ClickAsync();

            // The form as typed, the one partner found offered, and nothing saved.
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/{caseId}/Services$"));
            await Expect(form.Locator("#log-service-page-partner-find-hint")).ToHaveTextAsync(Ui.Text("Caseworkers.Found", 1));
            find = form.GetByLabel(Ui.Text("Support.Fields.PartnerFind"), new() { Exact = true });
            await Expect(find).ToHaveValueAsync(Wanted);
            await Expect(find).ToHaveAccessibleDescriptionAsync(Ui.Text("Caseworkers.Found", 1));
            await Expect(form.GetByLabel(Ui.Text("Services.Type"), new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync(legalAid);
            await Expect(form.GetByLabel(Ui.Text("Services.On"), new() { Exact = true })).ToHaveValueAsync(CentreClock.FormatDate(today));
            await Expect(form.GetByLabel(Ui.Text("Services.Duration"), new() { Exact = true })).ToHaveValueAsync(Duration);
            await Expect(form.GetByLabel(Ui.Text("Services.Note"), new() { Exact = true })).ToHaveValueAsync(ServiceNote);
            givenBy = form.GetByLabel(Ui.Text("Services.GivenBy"), new() { Exact = true });
            await Expect(givenBy.Locator("option:checked")).ToHaveTextAsync(CaseworkerDisplayName);
            await Expect(Partners(givenBy)).ToHaveTextAsync(new[] { Wanted });
            await Expect(page.Locator("#services-count")).ToHaveTextAsync(Ui.Text("Services.Count", 0));
            Assert.False(await ArrangeAsync(services => services.GetRequiredService<AppDbContext>().CaseServices.AnyAsync(s => s.CaseId == caseId)));
            await page.AssertAccessibleAsync();

            // Chosen and logged: the service is listed as given by that partner.
            await givenBy.SelectOptionAsync(new SelectOptionValue { Label = Wanted });
            await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Services.Log"), Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/{caseId}/Services$"));
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Services.Logged"));
            var rows = page.Locator("#services-table tbody tr");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows.Locator("td")).ToHaveTextAsync(new[] { CentreClock.FormatDate(today), legalAid, Duration, Wanted, ServiceNote, Ui.Text("Services.Correct") });
            Assert.Equal(wantedId, await ArrangeAsync(services => services.GetRequiredService<AppDbContext>().CaseServices.AsNoTracking()
                .Where(s => s.CaseId == caseId).Select(s => s.GivenByPartnerId).SingleAsync()));
            await page.AssertAccessibleAsync();
        });

    [Fact]
    public Task Enter_in_the_search_box_searches_and_enter_in_another_field_logs_the_service() =>
        RunAsync(nameof(Enter_in_the_search_box_searches_and_enter_in_another_field_logs_the_service), async page =>
        {
            var (caseId, caseCode, today) = await ArrangeCaseAsync("radnik");
            await LargeDirectoryAsync();
            var legalAid = await CodeLabelAsync("ServiceType", "Legal");
            await SignInAsync(page, "radnik");
            await SupportWorkSteps.OpenCaseAsync(page, caseId, caseCode);
            await SupportWorkSteps.OpenServicesAsync(page, 0);

            // Enter in the search box searches: the form as typed, the partner found, nothing saved.
            var form = page.Locator("form#log-service-page");
            await form.GetByLabel(Ui.Text("Services.Type"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = legalAid });
            await form.GetByLabel(Ui.Text("Services.Duration"), new() { Exact = true }).FillAsync(Duration);
            await form.GetByLabel(Ui.Text("Services.Note"), new() { Exact = true }).FillAsync(ServiceNote);
            await form.GetByLabel(Ui.Text("Support.Fields.PartnerFind"), new() { Exact = true }).FillAsync(Wanted);
            await form.GetByLabel(Ui.Text("Support.Fields.PartnerFind"), new() { Exact = true }).PressAsync("Enter");

            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/{caseId}/Services$"));
            await Expect(form.Locator("#log-service-page-partner-find-hint")).ToHaveTextAsync(Ui.Text("Caseworkers.Found", 1));
            await Expect(form.GetByLabel(Ui.Text("Services.Duration"), new() { Exact = true })).ToHaveValueAsync(Duration);
            Assert.False(await ArrangeAsync(services => services.GetRequiredService<AppDbContext>().CaseServices.AnyAsync(s => s.CaseId == caseId)));
            await page.AssertAccessibleAsync();

            // Enter in another field saves with the form's own button, as in a form without a search.
            await form.GetByLabel(Ui.Text("Services.GivenBy"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Wanted });
            await form.GetByLabel(Ui.Text("Services.Duration"), new() { Exact = true }).PressAsync("Enter");

            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/{caseId}/Services$"));
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Services.Logged"));
            await Expect(page.Locator("#services-table tbody tr td")).ToHaveTextAsync(new[] { CentreClock.FormatDate(today), legalAid, Duration, Wanted, ServiceNote, Ui.Text("Services.Correct") });
            await page.AssertAccessibleAsync();
        });

    /// <summary>The partners a "given by" select offers (the staff are a group of their own).</summary>
    private static ILocator Partners(ILocator givenBy) =>
        givenBy.Locator($"optgroup[label=\"{Ui.Text("Support.Partners")}\"] option");

    /// <summary>
    /// One partner more than a form lists, synthetic, each named by letters the others' names do not hold ("Ustanova
    /// Be", "Ustanova Bi"... <see cref="Wanted"/> is the eighth): the directory's search matches words of letters only.
    /// Each test of the shared app arranges it; those already there are not added again (each name stays one partner's).
    /// </summary>
    private Task LargeDirectoryAsync() =>
        ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var names = Enumerable.Range(0, StaffOrPartnerOptionsQuery.ListedUpTo + 1)
                .Select(i => $"Ustanova {char.ToUpperInvariant("bcdfghjklmprz"[i / 4])}{"eiuy"[i % 4]}").ToList();
            var there = await db.Partners.Where(p => names.Contains(p.Name)).Select(p => p.Name).ToListAsync();
            db.Partners.AddRange(names.Except(there).Select(name => Partner.Create(name, Sector.SocialProtection, null)));
            return await db.SaveChangesAsync();
        });

    /// <summary>A code list's label in Serbian Latin, as the forms offer it (code lists live in the database, not in the resources).</summary>
    private Task<string> CodeLabelAsync(string list, string code) =>
        ArrangeAsync(services => services.GetRequiredService<AppDbContext>().CodeListItems.AsNoTracking()
            .Where(c => c.List == list && c.Code == code).Select(c => c.LabelLatin).SingleAsync());
}
