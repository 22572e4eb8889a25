using Microsoft.Extensions.DependencyInjection;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Activity;

/// <summary>
/// The coordinator records the EU Day event and forms the local team of Bor, then records its meeting: each form first
/// refuses what cannot be true on its field, keeping what was typed; the lists and the team's page show the result.
/// Axe on every page and every refused form.
/// </summary>
public sealed class EventsAndTeamsTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task An_event_and_a_local_team_with_its_meeting_are_recorded() =>
        RunAsync(nameof(An_event_and_a_local_team_with_its_meeting_are_recorded), async page =>
        {
            var today = await ArrangeAsync(services => Task.FromResult(services.GetRequiredService<CentreClock>().Today));
            var day = CentreClock.FormatDate(today.AddDays(-3));
            await SignInAsync(page, "koordinator");

            await page.GotoAsync("/Activity/Events");
            await page.AssertAccessibleAsync();
            await page.Locator("#new-event").ClickAsync();
            var form = page.Locator("form#event-form");
            await form.Locator("input[name='Form.HeldOn']").FillAsync(day);
            await form.Locator("select[name='Form.Kind']").SelectOptionAsync("EuDay");
            await form.Locator("input[name='Form.Title']").FillAsync("Evropski dan (sintetički)");
            await form.Locator("input[name='Form.PeopleReached']").FillAsync("-5");
            await form.Locator("button[type='submit']").ClickAsync();
            await Expect(page.Locator("[data-valmsg-for='Form.PeopleReached'], #Form_PeopleReached-error").First).ToContainTextAsync(Ui.Text("Activity.Errors.NegativeCount"));
            await Expect(page.Locator("input[name='Form.Title']")).ToHaveValueAsync("Evropski dan (sintetički)");
            await page.AssertAccessibleAsync();
            await page.Locator("input[name='Form.PeopleReached']").FillAsync("250");
            await page.Locator("form#event-form button[type='submit']").ClickAsync();
            await Expect(page.Locator("#events")).ToContainTextAsync("Evropski dan (sintetički)");
            await page.AssertAccessibleAsync();

            await page.GotoAsync("/Activity/Teams");
            await page.AssertAccessibleAsync();
            await page.Locator("#new-team").ClickAsync();
            await page.Locator("form#team-form button[type='submit']").ClickAsync();
            await Expect(page.Locator("form#team-form")).ToContainTextAsync(Ui.Text("Activity.Errors.Municipality"));
            await page.AssertAccessibleAsync();
            await page.Locator("select[name='Form.MunicipalityCode']").SelectOptionAsync("RS-BOR");
            await page.Locator("select[name='Form.Status']").SelectOptionAsync("Active");
            await page.Locator("form#team-form button[type='submit']").ClickAsync();
            await Expect(page.Locator("#team-status")).ToHaveTextAsync(Ui.Text("Activity.TeamStatus.Active"));
            await page.AssertAccessibleAsync();

            var meeting = page.Locator("form#meeting-form");
            await meeting.Locator("input[name='MeetingForm.HeldOn']").FillAsync(day);
            await meeting.Locator("input[name='MeetingForm.Participants']").FillAsync("0");
            await meeting.Locator("textarea[name='MeetingForm.Conclusions']").FillAsync("Plan obeležavanja (sintetički)");
            await meeting.Locator("button[type='submit']").ClickAsync();
            await Expect(page.Locator("form#meeting-form")).ToContainTextAsync(Ui.Text("Activity.Errors.MeetingParticipants"));
            await Expect(page.Locator("textarea[name='MeetingForm.Conclusions']")).ToHaveValueAsync("Plan obeležavanja (sintetički)");
            await page.AssertAccessibleAsync();
            await page.Locator("input[name='MeetingForm.Participants']").FillAsync("12");
            await page.Locator("form#meeting-form button[type='submit']").ClickAsync();
            await Expect(page.Locator("#team-meetings")).ToContainTextAsync("Plan obeležavanja (sintetički)");
            await page.AssertAccessibleAsync();
        });
}
