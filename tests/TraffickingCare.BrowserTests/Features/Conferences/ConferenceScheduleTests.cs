using TraffickingCare.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Conferences;

/// <summary>
/// A conference scheduled from the case page as a caseworker would: the form refuses an empty agenda and no
/// place, each on its field in the user's language, then schedules; the conference page and the calendar show it; the coordinator reads the
/// year's figures. Axe on every page.
/// </summary>
public sealed class ConferenceScheduleTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task A_conference_is_scheduled_from_the_case_page_found_in_the_calendar_and_counted() =>
        RunAsync(nameof(A_conference_is_scheduled_from_the_case_page_found_in_the_calendar_and_counted), async page =>
        {
            var (caseId, code, today) = await ArrangeCaseAsync("radnik");
            await SignInAsync(page, "radnik");

            await page.GotoAsync($"/Cases/Details/{caseId}");
            await page.Locator("#conference-schedule-link").ClickAsync();
            var form = page.Locator("form#conference-form");
            await Expect(form).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await form.GetByLabel(Ui.Text("Conferences.AgendaItem", 1), new() { Exact = true }).FillAsync(string.Empty);
            await page.Locator("#conference-save").ClickAsync();
            await Expect(page.Locator("[data-valmsg-for='Form.Agenda']")).ToHaveTextAsync(Ui.Text("Conferences.Errors.Agenda"));
            await Expect(page.Locator("[data-valmsg-for='Form.Place']")).ToHaveTextAsync(Ui.Text("Conferences.Errors.Place"));
            await page.AssertAccessibleAsync();

            await page.Locator("select[name='Form.Place']").SelectOptionAsync("Remote");
            await form.GetByLabel(Ui.Text("Conferences.AgendaItem", 1), new() { Exact = true }).FillAsync("Plan podrške (sintetički)");
            await page.Locator("#conference-save").ClickAsync();
            await Expect(page.Locator("#conference-status")).ToHaveTextAsync(Ui.Text("Conferences.Status.Scheduled"));
            await Expect(page.Locator("#conference-agenda")).ToContainTextAsync("Plan podrške (sintetički)");
            await page.AssertAccessibleAsync();

            // The form proposes a week from today; the calendar's week that holds that day lists it.
            await page.GotoAsync($"/Conferences?view=week&from={TraffickingCare.Web.Infrastructure.Time.CentreClock.FormatDate(today.AddDays(7))}");
            await Expect(page.Locator("#calendar")).ToContainTextAsync(code);
            await page.AssertAccessibleAsync();

            await SignOutAsync(page);
            await SignInAsync(page, "koordinator");
            await page.GotoAsync("/Conferences");
            await page.Locator("#conference-statistics").ClickAsync();
            // The browser host's database is shared by the tests: this one adds at least one, not yet closed.
            await Expect(page.Locator("#s-not-closed td").First).Not.ToHaveTextAsync("0");
            await page.AssertAccessibleAsync();
        });
}
