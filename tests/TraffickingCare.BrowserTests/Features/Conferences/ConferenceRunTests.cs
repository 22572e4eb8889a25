using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Conferences;

/// <summary>Running a conference: what is typed is saved as a draft a moment after typing stops, without pressing Save.</summary>
public sealed class ConferenceRunTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task Notes_typed_on_the_run_page_are_saved_as_a_draft_and_are_there_when_the_page_is_opened_again() =>
        RunAsync(nameof(Notes_typed_on_the_run_page_are_saved_as_a_draft_and_are_there_when_the_page_is_opened_again), async page =>
        {
            var conferenceId = await ScheduledConferenceAsync();
            await SignInAsync(page, "radnik");

            await page.GotoAsync($"/Conferences/{conferenceId}");
            await page.Locator("#conference-run").ClickAsync();
            var form = page.Locator("form#conference-run-form");
            await Expect(form).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            var version = await form.Locator("input[name='Form.Version']").InputValueAsync();

            await form.GetByLabel(Ui.Text("Conferences.Attendance.Present"), new() { Exact = true }).CheckAsync();
            await form.GetByLabel("1. Plan podrške", new() { Exact = true }).FillAsync("Dogovoren upis u školu (sintetički)");

            await Expect(page.Locator("#draft-status")).ToContainTextAsync(Ui.Text("Conferences.Run.DraftSaved", string.Empty).Trim());
            await Expect(form.Locator("input[name='Form.Version']")).Not.ToHaveValueAsync(version);
            await page.AssertAccessibleAsync();
            var saved = await ArrangeAsync(services => services.GetRequiredService<AppDbContext>().ConferenceAgendaItems
                .Where(a => a.ConferenceId == conferenceId).Select(a => a.Notes).SingleAsync());
            Assert.Equal("Dogovoren upis u školu (sintetički)", saved);

            await page.ReloadAsync();
            await Expect(form.GetByLabel("1. Plan podrške", new() { Exact = true })).ToHaveValueAsync("Dogovoren upis u školu (sintetički)");
            await Expect(form.GetByLabel(Ui.Text("Conferences.Attendance.Present"), new() { Exact = true })).ToBeCheckedAsync();
        });

    [Fact]
    public Task After_someone_else_saved_the_minutes_adding_an_action_item_keeps_the_typed_notes_on_the_page() =>
        RunAsync(nameof(After_someone_else_saved_the_minutes_adding_an_action_item_keeps_the_typed_notes_on_the_page), async page =>
        {
            var conferenceId = await ScheduledConferenceAsync();
            await SignInAsync(page, "radnik");
            await page.GotoAsync($"/Conferences/{conferenceId}/Run");
            var form = page.Locator("form#conference-run-form");

            // A colleague saves the minutes after this page was opened.
            await ArrangeAsync(async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                var conference = await db.CaseConferences.Include(c => c.Participants).Include(c => c.Agenda).SingleAsync(c => c.Id == conferenceId);
                conference.Record(new ConferenceRecord(new Dictionary<Guid, Attendance>(), new Dictionary<Guid, string?>(), "Zaključak koleginice", null));
                await db.SaveChangesAsync();
                return true;
            });
            await form.GetByLabel("1. Plan podrške", new() { Exact = true }).FillAsync("Moja beleška (sintetička)");
            await Expect(page.Locator("#draft-status")).ToContainTextAsync(Ui.Text("Conferences.Run.DraftConflict")[..40]);

            await page.Locator("#action-item-form textarea").FillAsync("Novo zaduženje");
            await page.Locator("#action-item-add").ClickAsync();

            await Expect(form.GetByLabel("1. Plan podrške", new() { Exact = true })).ToHaveValueAsync("Moja beleška (sintetička)");
            await page.Mouse.MoveAsync(0, 0);
            await page.AssertAccessibleAsync();
            var saved = await ArrangeAsync(async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                return (await db.ConferenceActionItems.CountAsync(i => i.ConferenceId == conferenceId),
                    await db.ConferenceAgendaItems.Where(a => a.ConferenceId == conferenceId).Select(a => a.Notes).SingleAsync());
            });
            Assert.Equal((0, (string?)null), saved);
        }, expectedConsoleError: "409");

    /// <summary>A conference of a case of radnik's, chaired by radnik, starting in an hour, with one agenda item.</summary>
    private async Task<Guid> ScheduledConferenceAsync()
    {
        var (caseId, _, _) = await ArrangeCaseAsync("radnik");
        return await ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var clock = services.GetRequiredService<CentreClock>();
            var chairId = await db.Users.Where(u => u.UserName == "radnik").Select(u => u.Id).SingleAsync();
            var conference = CaseConference.Schedule(caseId, new ConferencePlan(
                clock.UtcNow.AddHours(1), 60, ConferencePlace.Remote, null, chairId, [new ParticipantDetails(ParticipantKind.Staff, UserId: chairId)], [new AgendaLine("Plan podrške")]), clock.UtcNow);
            db.CaseConferences.Add(conference);
            await db.SaveChangesAsync();
            return conference.Id;
        });
    }
}
