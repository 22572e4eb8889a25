using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Conferences;

/// <summary>Action items on the run page, closing (refused until everyone's attendance is recorded) and the addenda below locked minutes.</summary>
public sealed class ConferenceMinutesTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_action_item_is_added_for_a_colleague_settled_and_removed_and_one_without_an_owner_is_refused_with_its_text_kept()
    {
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        var radnik2Id = await factory.Arrange.UserIdAsync("radnik2");
        var due = factory.Arrange.Today.AddDays(14);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var refused = await radnik.SubmitAsync(await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run"), "form#action-item-form", new Dictionary<string, string>
        {
            ["NewItem.Description"] = "Upis u školu",
            ["NewItem.DueOn"] = CentreClock.FormatDate(due),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Equal(Ui.Text("Conferences.Errors.ActionOwner"), again.QuerySelector("[data-valmsg-for='NewItem.Owner']")!.TextContent.Trim());
        Assert.Equal("Upis u školu", again.QuerySelector("textarea[name='NewItem.Description']")!.TextContent.Trim());

        var added = await radnik.SubmitAsync(again, "form#action-item-form", new Dictionary<string, string> { ["NewItem.Owner"] = "u:" + radnik2Id });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var item = await factory.WithDbAsync(db => db.ConferenceActionItems.AsNoTracking().SingleAsync(i => i.ConferenceId == conference.Id));
        Assert.Equal(("Upis u školu", radnik2Id, (string?)null, due, ActionItemStatus.Open), (item.Description, item.OwnerUserId, item.OwnerExternal, item.DueOn, item.Status));

        var run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        Assert.Contains("Upis u školu", run.QuerySelector("#run-actions")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(run, "form.action-settle-form", new Dictionary<string, string> { ["status"] = nameof(ActionItemStatus.Done) })).StatusCode);
        var settled = await factory.WithDbAsync(db => db.ConferenceActionItems.AsNoTracking().SingleAsync(i => i.Id == item.Id));
        Assert.Equal((ActionItemStatus.Done, factory.Arrange.Today), (settled.Status, settled.SettledOn!.Value));

        run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(run, "form.action-remove-form")).StatusCode);
        var removed = await factory.WithDbAsync(db => db.ConferenceActionItems.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == item.Id));
        Assert.True(removed.IsDeleted);
        Assert.Null((await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run")).QuerySelector("#run-actions"));
    }

    [Fact]
    public async Task Closing_is_refused_until_attendance_is_recorded_then_locks_the_minutes_which_the_conference_page_shows_read_only()
    {
        var file = await factory.Arrange.Case();
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        factory.Clock.Advance(TimeSpan.FromHours(2));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        var saved = await radnik.SubmitAsync(run, "form#conference-run-form", new Dictionary<string, string> { ["Form.Conclusions"] = "Zaključak ostaje" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode); // Save without attendance is allowed: only closing needs it.
        run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        var closeUrl = run.QuerySelector("#conference-close")!.GetAttribute("formaction")!;
        var notYet = await radnik.Http.PostAsync(closeUrl, FormOf(run, ("Form.Notes[0].Text", "Beleška sa sastanka")));
        Assert.Equal(HttpStatusCode.OK, notYet.StatusCode);
        var again = await TestClient.ParseAsync(notYet);
        Assert.Contains(Ui.Text("Conferences.Errors.AttendanceMissing"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Beleška sa sastanka", again.QuerySelector("textarea[name='Form.Notes[0].Text']")!.TextContent.Trim());
        Assert.Equal(ConferenceStatus.Scheduled, await StatusAsync(conference.Id));

        var closed = await radnik.Http.PostAsync(closeUrl, FormOf(again, ("Form.Participants[0].Attendance", nameof(Attendance.Present))));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal($"/Conferences/{conference.Id}", closed.Headers.Location!.OriginalString);
        Assert.Equal(ConferenceStatus.Closed, await StatusAsync(conference.Id));

        var page = await radnik.GetPageAsync($"/Conferences/{conference.Id}");
        Assert.Equal(Ui.Text("Conferences.Status.Closed"), page.QuerySelector("#conference-status")!.TextContent.Trim());
        Assert.Contains("Beleška sa sastanka", page.QuerySelector("#conference-agenda")!.TextContent);
        Assert.Contains("Zaključak ostaje", page.QuerySelector("#conference-conclusions")!.TextContent);
        Assert.Contains(Ui.Text("Conferences.Attendance.Present"), page.QuerySelector("#conference-participants")!.TextContent);
        Assert.Null(page.QuerySelector("#conference-run"));
        Assert.Null(page.QuerySelector("#conference-edit"));
        Assert.Null(page.QuerySelector("textarea[name^='Form.']"));

        var runAfter = await radnik.Http.GetAsync($"/Conferences/{conference.Id}/Run");
        Assert.Equal((HttpStatusCode.Redirect, $"/Conferences/{conference.Id}"), (runAfter.StatusCode, runAfter.Headers.Location!.OriginalString));
        var unchangedAfter = await radnik.Http.PostAsync($"/Conferences/{conference.Id}/Run", FormOf(again, ("Form.Participants[0].Attendance", nameof(Attendance.Present))));
        Assert.Equal((HttpStatusCode.Redirect, $"/Conferences/{conference.Id}"), (unchangedAfter.StatusCode, unchangedAfter.Headers.Location!.OriginalString));

        // A page left open while someone else closed the minutes: its new text is not saved over them, nor dropped.
        var saveAfter = await radnik.Http.PostAsync($"/Conferences/{conference.Id}/Run", FormOf(again, ("Form.Conclusions", "Prepravljeno posle")));
        Assert.Equal(HttpStatusCode.OK, saveAfter.StatusCode);
        var kept = await TestClient.ParseAsync(saveAfter);
        Assert.Equal(Ui.Text("Conferences.Errors.ClosedMeanwhile"), kept.QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Equal($"{Ui.Text("Conferences.Conclusions")}:\nPrepravljeno posle", kept.QuerySelector("textarea[name='AddendumForm.Text']")!.TextContent.Trim());
        var draftAfter = await radnik.Http.PostAsync($"/Conferences/{conference.Id}/Run/Draft", FormOf(again, ("Form.Conclusions", "Prepravljeno posle")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, draftAfter.StatusCode);
        Assert.Equal("Zaključak ostaje", await factory.WithDbAsync(db => db.CaseConferences.Where(c => c.Id == conference.Id).Select(c => c.Conclusions).SingleAsync()));
    }

    [Fact]
    public async Task A_run_page_saved_after_the_conference_was_cancelled_meanwhile_shows_what_was_typed_with_the_reason()
    {
        var file = await factory.Arrange.Case();
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        await factory.WithDbAsync(async db =>
        {
            (await db.CaseConferences.SingleAsync(c => c.Id == conference.Id)).Cancel();
            await db.SaveChangesAsync();
        });

        var refused = await radnik.SubmitAsync(run, "form#conference-run-form", new Dictionary<string, string> { ["Form.Notes[0].Text"] = "Dogovor o smeštaju" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Conferences.Errors.CancelledMeanwhile"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Dogovor o smeštaju", again.QuerySelector("textarea[name='Form.Notes[0].Text']")!.TextContent.Trim());
        Assert.Equal(ConferenceStatus.Cancelled, await StatusAsync(conference.Id));
    }

    [Fact]
    public async Task A_new_action_item_sent_after_the_minutes_were_closed_waits_in_the_addendum_form_and_after_a_cancellation_stays_in_its_form()
    {
        var file = await factory.Arrange.Case();
        var closing = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        var cancelling = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        factory.Clock.Advance(TimeSpan.FromHours(2));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var closingRun = await radnik.GetPageAsync($"/Conferences/{closing.Id}/Run");
        var cancellingRun = await radnik.GetPageAsync($"/Conferences/{cancelling.Id}/Run");
        var due = CentreClock.FormatDate(factory.Arrange.Today.AddDays(5));
        var chair = await factory.Arrange.UserIdAsync("radnik");
        await factory.WithDbAsync(async db =>
        {
            var closed = await db.CaseConferences.Include(c => c.Participants).Include(c => c.Agenda).SingleAsync(c => c.Id == closing.Id);
            closed.Record(new ConferenceRecord(closed.Participants.ToDictionary(p => p.Id, _ => Attendance.Present), new Dictionary<Guid, string?>(), null, null));
            closed.Close(chair, factory.Clock.GetUtcNow().UtcDateTime);
            (await db.CaseConferences.SingleAsync(c => c.Id == cancelling.Id)).Cancel();
            await db.SaveChangesAsync();
        });
        var item = new Dictionary<string, string> { ["NewItem.Description"] = "Upis u školu", ["NewItem.OwnerExternal"] = "Razredna starešina", ["NewItem.DueOn"] = due };

        var afterClosing = await radnik.SubmitAsync(closingRun, "form#action-item-form", item);
        var afterCancelling = await radnik.SubmitAsync(cancellingRun, "form#action-item-form", item);

        Assert.Equal(HttpStatusCode.OK, afterClosing.StatusCode);
        var conferencePage = await TestClient.ParseAsync(afterClosing);
        Assert.Equal(Ui.Text("Conferences.Errors.ClosedMeanwhile"), Assert.Single(conferencePage.QuerySelectorAll(".alert-danger")).TextContent.Trim());
        Assert.Equal(Ui.Text("Conferences.ActionItems.AsAddendum", "Upis u školu", "Razredna starešina", due).ReplaceLineEndings("\n"),
            conferencePage.QuerySelector("textarea[name='AddendumForm.Text']")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal(HttpStatusCode.OK, afterCancelling.StatusCode);
        var runPage = await TestClient.ParseAsync(afterCancelling);
        Assert.Equal(Ui.Text("Conferences.Errors.CancelledMeanwhile"), runPage.QuerySelector("#form-errors li")!.TextContent.Trim());
        Assert.Equal("Upis u školu", runPage.QuerySelector("textarea[name='NewItem.Description']")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.Set<ConferenceActionItem>().AnyAsync()));
    }

    [Fact]
    public async Task An_addendum_is_added_only_below_closed_minutes_and_listed_with_its_date_and_author()
    {
        var file = await factory.Arrange.Case();
        var scheduled = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        var closed = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddMinutes(30), then: c =>
            c.Record(new ConferenceRecord(new Dictionary<Guid, Attendance> { [c.Participants[0].Id] = Attendance.Present }, new Dictionary<Guid, string?>(), "Zaključeno", null)));
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var chairId = await factory.Arrange.UserIdAsync("radnik");
        await factory.WithDbAsync(async db =>
        {
            var c = await db.CaseConferences.Include(x => x.Participants).SingleAsync(x => x.Id == closed.Id);
            c.Close(chairId, factory.Arrange.Now);
            await db.SaveChangesAsync();
        });
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var early = await radnik.PostWithTokenAsync($"/Conferences/{scheduled.Id}/Addenda", ("AddendumForm.Text", "Prerano"));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains(Ui.Text("Conferences.Errors.AddendumBeforeClose"), (await TestClient.ParseAsync(early)).QuerySelector("#form-errors")!.TextContent);
        Assert.Null((await radnik.GetPageAsync($"/Conferences/{scheduled.Id}")).QuerySelector("#addendum-form"));

        var page = await radnik.GetPageAsync($"/Conferences/{closed.Id}");
        var empty = await TestClient.ParseAsync(await radnik.SubmitAsync(page, "form#addendum-form"));
        Assert.Equal(Ui.Text("Conferences.Errors.Addendum"), empty.QuerySelector("[data-valmsg-for='AddendumForm.Text']")!.TextContent.Trim());
        var added = await radnik.SubmitAsync(page, "form#addendum-form", new Dictionary<string, string> { ["AddendumForm.Text"] = "Ispravka: ročište je 12. juna" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var addenda = (await radnik.GetPageAsync($"/Conferences/{closed.Id}")).QuerySelector("#conference-addenda")!.TextContent;
        Assert.Contains("Ispravka: ročište je 12. juna", addenda);
        Assert.Contains(CentreClock.FormatDate(factory.Arrange.Today), addenda);
        Assert.Contains(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == chairId).Select(u => u.DisplayName).SingleAsync()), addenda);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ConferenceAddenda.CountAsync(a => a.ConferenceId == scheduled.Id)));
        Assert.Equal("Zaključeno", await factory.WithDbAsync(db => db.CaseConferences.Where(c => c.Id == closed.Id).Select(c => c.Conclusions).SingleAsync()));
    }

    [Fact]
    public async Task After_closing_the_team_marks_an_item_done_on_the_locked_minutes_and_management_only_reads_its_status()
    {
        var today = factory.Arrange.Today;
        var conference = await ClosedWithAnItemAsync();

        // The Centre's day of settling: two days on, or three when the two hours above crossed local midnight.
        var settledOn = factory.Arrange.Today;
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var management = await factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await radnik.GetPageAsync($"/Conferences/{conference.Id}");
        var settled = await radnik.SubmitAsync(page, "#conference-actions form.action-settle-form", new Dictionary<string, string> { ["status"] = nameof(ActionItemStatus.Done) });

        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        var item = await factory.WithDbAsync(db => db.ConferenceActionItems.AsNoTracking().SingleAsync(i => i.ConferenceId == conference.Id));
        Assert.Equal((ActionItemStatus.Done, settledOn, "Upis u školu"), (item.Status, item.SettledOn!.Value, item.Description));
        Assert.True(settledOn > today);
        Assert.True(item.DoneOnTime);
        var read = await management.GetPageAsync($"/Conferences/{conference.Id}");
        Assert.Null(read.QuerySelector("#conference-actions form"));
        Assert.Contains(Ui.Text("Conferences.ActionStatus.Done"), read.QuerySelector("#conference-actions")!.TextContent);
    }

    [Fact]
    public async Task Two_people_settling_an_item_from_the_same_page_the_second_is_told_and_the_first_stays()
    {
        var conference = await ClosedWithAnItemAsync();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        var mine = await radnik.GetPageAsync($"/Conferences/{conference.Id}");
        var theirs = await koordinator.GetPageAsync($"/Conferences/{conference.Id}");

        var done = await radnik.SubmitAsync(mine, "#conference-actions form.action-settle-form", new Dictionary<string, string> { ["status"] = nameof(ActionItemStatus.Done) });
        var dropped = await koordinator.SubmitAsync(theirs, "#conference-actions form.action-settle-form", new Dictionary<string, string> { ["status"] = nameof(ActionItemStatus.Dropped) });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, dropped.StatusCode);
        var told = await koordinator.GetPageAsync($"/Conferences/{conference.Id}");
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), told.Body!.TextContent);
        Assert.Contains(Ui.Text("Conferences.ActionStatus.Done"), told.QuerySelector("#conference-actions option[selected]")!.TextContent);
        var item = await factory.WithDbAsync(db => db.ConferenceActionItems.AsNoTracking().SingleAsync(i => i.ConferenceId == conference.Id));
        Assert.Equal((ActionItemStatus.Done, (DateOnly?)factory.Arrange.Today), (item.Status, item.SettledOn));
    }

    /// <summary>A conference held and closed two days ago, with one open action item the case's lead owns.</summary>
    private async Task<CaseConference> ClosedWithAnItemAsync()
    {
        var file = await factory.Arrange.Case();
        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        var today = factory.Arrange.Today;
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddMinutes(30), then: c =>
        {
            c.Record(new ConferenceRecord(new Dictionary<Guid, Attendance> { [c.Participants[0].Id] = Attendance.Present }, new Dictionary<Guid, string?>(), null, null));
            c.AddActionItem("Upis u školu", radnikId, null, today.AddDays(5), today);
        });
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.WithDbAsync(async db =>
        {
            var c = await db.CaseConferences.Include(x => x.Participants).SingleAsync(x => x.Id == conference.Id);
            c.Close(radnikId, factory.Arrange.Now);
            await db.SaveChangesAsync();
        });
        factory.Clock.Advance(TimeSpan.FromDays(2));
        return conference;
    }

    [Fact]
    public async Task A_colleague_off_the_case_is_not_offered_as_an_owner_and_is_refused_when_sent()
    {
        var file = await factory.Arrange.Case();
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        var radnik2Id = await factory.Arrange.UserIdAsync("radnik2");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");

        var refused = await radnik.SubmitAsync(run, "form#action-item-form", new Dictionary<string, string>
        {
            ["NewItem.Description"] = "Upis u školu",
            ["NewItem.DueOn"] = CentreClock.FormatDate(factory.Arrange.Today.AddDays(5)),
            ["NewItem.Owner"] = "u:" + radnik2Id,
        });

        Assert.Null(run.QuerySelector($"select[name='NewItem.Owner'] option[value='u:{radnik2Id}']"));
        Assert.NotNull(run.QuerySelector($"select[name='NewItem.Owner'] option[value='u:{await factory.Arrange.UserIdAsync("koordinator")}']"));
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Conferences.ActionItems.OwnerOffTeam"), again.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Equal("Upis u školu", again.QuerySelector("textarea[name='NewItem.Description']")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.ConferenceActionItems.AnyAsync()));
    }

    /// <summary>The run form's own fields (token and version included), overridden by <paramref name="fields"/>: a post to the Close button's formaction.</summary>
    private static FormUrlEncodedContent FormOf(AngleSharp.Html.Dom.IHtmlDocument page, params (string Name, string Value)[] fields)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form#conference-run-form")!;
        var values = form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => i.Type is not ("submit" or "radio") || (i.Type == "radio" && i.IsChecked))
            .Select(i => (i.Name!, i.Value))
            .Concat(form.Elements.OfType<AngleSharp.Html.Dom.IHtmlTextAreaElement>().Select(t => (t.Name!, t.Value)))
            .Where(v => !fields.Any(f => f.Name == v.Item1))
            .Concat(fields);
        return new FormUrlEncodedContent(values.Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2)));
    }

    private Task<ConferenceStatus> StatusAsync(Guid id) => factory.WithDbAsync(db => db.CaseConferences.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());
}
