using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Conferences;

/// <summary>The run page: the minutes saved by Save and by the draft, a page older than the conference told, bad input kept.</summary>
public sealed class ConferenceRunTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Attendance_notes_conclusions_and_decisions_are_saved_from_the_run_page_and_stored_encrypted()
    {
        var file = await factory.Arrange.Case();
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var link = (await radnik.GetPageAsync($"/Conferences/{conference.Id}")).QuerySelector("#conference-run")!.GetAttribute("href")!;
        var run = await radnik.GetPageAsync(link);
        var response = await radnik.SubmitAsync(run, "form#conference-run-form", new Dictionary<string, string>
        {
            ["Form.Participants[0].Attendance"] = nameof(Attendance.Present),
            ["Form.Notes[0].Text"] = "Dogovoren upis u školu",
            ["Form.Conclusions"] = "Korisnica nastavlja savetovanje",
            ["Form.Decisions"] = "Pratnja na ročište",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Conferences/{conference.Id}/Run", response.Headers.Location!.OriginalString);
        var saved = await factory.WithDbAsync(db => db.CaseConferences.Include(c => c.Participants).Include(c => c.Agenda).AsNoTracking().SingleAsync(c => c.Id == conference.Id));
        Assert.Equal(Attendance.Present, Assert.Single(saved.Participants).Attendance);
        Assert.Equal(("Dogovoren upis u školu", "Korisnica nastavlja savetovanje", "Pratnja na ročište"), (Assert.Single(saved.Agenda).Notes, saved.Conclusions, saved.Decisions));
        Assert.DoesNotContain("upis", await RawAsync($"SELECT Notes FROM ConferenceAgendaItems WHERE ConferenceId = '{Key(conference.Id)}'"));
        Assert.DoesNotContain("savetovanje", await RawAsync($"SELECT Conclusions FROM CaseConferences WHERE Id = '{Key(conference.Id)}'"));

        var again = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        Assert.Equal("Dogovoren upis u školu", again.QuerySelector("textarea[name='Form.Notes[0].Text']")!.TextContent.Trim());
        Assert.NotNull(again.QuerySelector("input[name='Form.Participants[0].Attendance'][value='Present'][checked]"));
        Assert.NotNull(again.QuerySelector("script[src^='/js/conference-draft.js']"));
    }

    [Fact]
    public async Task The_draft_saves_and_answers_the_new_version_and_a_draft_from_an_older_version_is_refused_with_409()
    {
        var file = await factory.Arrange.Case();
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        var (participantId, itemId) = (conference.Participants[0].Id, conference.Agenda[0].Id);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        var version = run.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        Assert.Equal($"/Conferences/{conference.Id}/Run/Draft", run.QuerySelector("form#conference-run-form")!.GetAttribute("data-draft-url"));

        Task<HttpResponseMessage> Draft(string withVersion, string notes) => radnik.PostWithTokenAsync($"/Conferences/{conference.Id}/Run/Draft",
            ("Form.Version", withVersion), ("Form.Participants[0].Id", participantId.ToString()), ("Form.Participants[0].Attendance", "Excused"),
            ("Form.Notes[0].Id", itemId.ToString()), ("Form.Notes[0].Text", notes));

        var first = await Draft(version, "Prvi nacrt");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = (await first.Content.ReadFromJsonAsync<Answer>())!;
        Assert.Equal(int.Parse(version) + 1, answer.Version);
        Assert.StartsWith(Ui.Text("Conferences.Run.DraftSaved", string.Empty), answer.Message);
        Assert.Equal(("Prvi nacrt", answer.Version), await NotesAsync(itemId, conference.Id));

        var stale = await Draft(version, "Tuđi stariji tekst");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(Ui.Text("Conferences.Run.DraftConflict"), (await stale.Content.ReadFromJsonAsync<Answer>())!.Message);
        Assert.Equal(("Prvi nacrt", answer.Version), await NotesAsync(itemId, conference.Id));

        var next = await Draft(answer.Version!.Value.ToString(), "Drugi nacrt");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("Drugi nacrt", (await NotesAsync(itemId, conference.Id)).Notes);
    }

    [Fact]
    public async Task A_save_from_an_older_run_page_is_told_keeps_what_was_typed_and_saves_nothing()
    {
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var radnik2 = await factory.Arrange.SignedInAsync("radnik2");
        var first = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        var second = await radnik2.GetPageAsync($"/Conferences/{conference.Id}/Run");

        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(first, "form#conference-run-form", new Dictionary<string, string> { ["Form.Conclusions"] = "Zaključak prvog" })).StatusCode);
        var refused = await radnik2.SubmitAsync(second, "form#conference-run-form", new Dictionary<string, string> { ["Form.Conclusions"] = "Zaključak drugog", ["Form.Notes[0].Text"] = "Beleška drugog" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Zaključak drugog", again.QuerySelector("textarea[name='Form.Conclusions']")!.TextContent.Trim());
        Assert.Equal("Beleška drugog", again.QuerySelector("textarea[name='Form.Notes[0].Text']")!.TextContent.Trim());
        var saved = await factory.WithDbAsync(db => db.CaseConferences.AsNoTracking().SingleAsync(c => c.Id == conference.Id));
        Assert.Equal("Zaključak prvog", saved.Conclusions);
        Assert.Equal(saved.Version.ToString(), again.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_save_after_a_participant_was_taken_off_the_invitation_meanwhile_shows_each_row_with_its_own_participant_and_can_be_sent_again()
    {
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var (run, staying) = await RunPageWhoseFirstParticipantIsTakenOffMeanwhileAsync(radnik);

        var refused = await radnik.SubmitAsync(run, "form#conference-run-form", new Dictionary<string, string>
        {
            ["Form.Participants[0].Attendance"] = nameof(Attendance.Present),
            ["Form.Participants[1].Attendance"] = nameof(Attendance.Absent),
        });

        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(staying.Id.ToString(), again.QuerySelector("input[name='Form.Participants[0].Id']")!.GetAttribute("value"));
        Assert.NotNull(again.QuerySelector("input[name='Form.Participants[0].Attendance'][value='Absent'][checked]"));
        Assert.Null(again.QuerySelector("input[name='Form.Participants[1].Id']"));
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(again, "form#conference-run-form")).StatusCode);
        var attendance = await factory.WithDbAsync(db => db.Set<ConferenceParticipant>().AsNoTracking().Where(p => p.Id == staying.Id).Select(p => p.Attendance).SingleAsync());
        Assert.Equal(Attendance.Absent, attendance);
    }

    [Fact]
    public async Task A_value_refused_after_a_participant_was_taken_off_meanwhile_is_shown_beside_its_own_participant()
    {
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var (run, staying) = await RunPageWhoseFirstParticipantIsTakenOffMeanwhileAsync(radnik);

        var refused = await radnik.SubmitAsync(run, "form#conference-run-form", new Dictionary<string, string>
        {
            ["Form.Participants[0].Attendance"] = nameof(Attendance.Present),
            ["Form.Participants[1].Attendance"] = "Nepoznato",
        });

        // The second row posted is the first row now: its message stands beside it, not beside a row that is gone.
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Equal(staying.Id.ToString(), again.QuerySelector("input[name='Form.Participants[0].Id']")!.GetAttribute("value"));
        Assert.Contains("Nepoznato", again.QuerySelector("[data-valmsg-for='Form.Participants[0].Attendance']")!.TextContent);
        Assert.Null(again.QuerySelector("input[name='Form.Participants[0].Attendance'][checked]"));
        Assert.Contains("Nepoznato", again.QuerySelector("#form-errors")!.TextContent);
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_on_its_field_in_the_users_language_with_everything_typed_kept()
    {
        var file = await factory.Arrange.Case();
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddHours(1));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");

        var response = await radnik.SubmitAsync(run, "form#conference-run-form", new Dictionary<string, string>
        {
            ["Form.Participants[0].Attendance"] = nameof(Attendance.Absent),
            ["Form.Notes[0].Text"] = "Beleška ostaje",
            ["Form.Decisions"] = new string('x', CaseConference.DecisionsMaxLength + 1),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Validation.TooLong", CaseConference.DecisionsMaxLength), again.QuerySelector("[data-valmsg-for='Form.Decisions']")!.TextContent.Trim());
        Assert.Equal("Beleška ostaje", again.QuerySelector("textarea[name='Form.Notes[0].Text']")!.TextContent.Trim());
        Assert.NotNull(again.QuerySelector("input[name='Form.Participants[0].Attendance'][value='Absent'][checked]"));
        Assert.Null(await factory.WithDbAsync(db => db.ConferenceAgendaItems.Where(a => a.ConferenceId == conference.Id).Select(a => a.Notes).SingleAsync()));
    }

    /// <summary>
    /// A run page opened with two staff invited (the chair first), the chair then taken off the invitation: the page's
    /// second row is the only participant now, at the first position.
    /// </summary>
    private async Task<(IHtmlDocument Run, ConferenceParticipant Staying)> RunPageWhoseFirstParticipantIsTakenOffMeanwhileAsync(TestClient radnik)
    {
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var (chair, colleague) = (await factory.Arrange.UserIdAsync("radnik"), await factory.Arrange.UserIdAsync("radnik2"));
        var startsAt = factory.Arrange.Now.AddHours(1);
        ConferencePlan Inviting(params string[] users) =>
            new(startsAt, 60, ConferencePlace.Remote, null, chair, [.. users.Select(u => new ParticipantDetails(ParticipantKind.Staff, UserId: u))], [new AgendaLine("Plan podrške")]);
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, startsAt, then: c => c.Reschedule(Inviting(chair, colleague), factory.Arrange.Now));
        var run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        var staying = conference.Participants.Single(p => p.Id == Guid.Parse(run.QuerySelector("input[name='Form.Participants[1].Id']")!.GetAttribute("value")!));
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.CaseConferences.Include(c => c.Participants).Include(c => c.Agenda).SingleAsync(c => c.Id == conference.Id);
            saved.Reschedule(Inviting(staying.UserId!), factory.Arrange.Now);
            await db.SaveChangesAsync();
        });
        return (run, staying);
    }

    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private Task<(string? Notes, int? Version)> NotesAsync(Guid itemId, Guid conferenceId) => factory.WithDbAsync(async db =>
        (await db.ConferenceAgendaItems.Where(a => a.Id == itemId).Select(a => a.Notes).SingleAsync(),
         (int?)await db.CaseConferences.Where(c => c.Id == conferenceId).Select(c => c.Version).SingleAsync()));

    private async Task<string> RawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private sealed record Answer(int? Version, string Message);
}
