using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Conferences;

public sealed class ConferencesTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_conference_is_scheduled_from_the_case_page_with_a_colleague_a_network_actor_and_an_outside_person()
    {
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var (partner, contactId) = await ConferencesArrange.ActorAsync(factory, file.Id);
        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        var radnik2Id = await factory.Arrange.UserIdAsync("radnik2");
        var day = factory.Arrange.Today.AddDays(7);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var casePage = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        var link = casePage.QuerySelector("#conferences-panel #conference-schedule-link")!.GetAttribute("href")!;
        var form = await radnik.GetPageAsync(link);
        var response = await radnik.SubmitAsync(form, "form#conference-form", new Dictionary<string, string>
        {
            ["Form.Date"] = CentreClock.FormatDate(day),
            ["Form.Time"] = "11:30",
            ["Form.DurationMinutes"] = "90",
            ["Form.Place"] = nameof(ConferencePlace.Institution),
            ["Form.PlacePartnerId"] = partner.Id.ToString(),
            ["Form.Chair"] = "u:" + radnikId,
            ["Form.Staff"] = "u:" + radnik2Id,
            ["Form.Actors"] = $"{partner.Id}:{contactId}",
            ["Form.Others[0].Name"] = "Učesnik Primer",
            ["Form.Others[0].Institution"] = "Osnovna škola „Primer“",
            ["Form.Others[0].Role"] = "Školski psiholog",
            ["Form.Agenda[0].Title"] = "Plan podrške",
            ["Form.Agenda[1].Title"] = "Povratak u školu",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.CaseConferences.Include(c => c.Participants).Include(c => c.Agenda).AsNoTracking().SingleAsync(c => c.CaseId == file.Id));
        Assert.Equal($"/Conferences/{saved.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((CentreClock.ToUtc(day, new TimeOnly(11, 30)), 90, ConferencePlace.Institution, partner.Id, radnikId),
            (saved.StartsAtUtc, saved.DurationMinutes, saved.Place, saved.PlacePartnerId!.Value, saved.ChairId));
        Assert.Equal(radnik2Id, Assert.Single(saved.Participants, p => p.Kind == ParticipantKind.Staff).UserId);
        Assert.Equal((partner.Id, contactId), Assert.Single(saved.Participants, p => p.Kind == ParticipantKind.Partner) is var a ? (a.PartnerId!.Value, a.ContactId!.Value) : default);
        var other = Assert.Single(saved.Participants, p => p.Kind == ParticipantKind.Other);
        Assert.Equal(("Učesnik Primer", "Školski psiholog", false), (other.Name, other.Role, other.ConsentToBeNamed));
        Assert.Equal(["Plan podrške", "Povratak u školu"], saved.Agenda.OrderBy(x => x.Position).Select(x => x.Title));

        // An outside person's name and institution, and the agenda, are stored encrypted.
        var key = $"'{other.Id.ToString().ToUpperInvariant()}'";
        Assert.DoesNotContain("Primer", await factory.RawAsync($"SELECT Name FROM ConferenceParticipants WHERE Id = {key}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Primer", await factory.RawAsync($"SELECT Institution FROM ConferenceParticipants WHERE Id = {key}"), StringComparison.Ordinal);
        Assert.DoesNotContain("škol", await factory.RawAsync($"SELECT group_concat(Title) FROM ConferenceAgendaItems WHERE ConferenceId = '{saved.Id.ToString().ToUpperInvariant()}'"), StringComparison.Ordinal);
        Assert.Equal("Osnovna škola „Primer“", other.Institution);

        var page = await radnik.GetPageAsync($"/Conferences/{saved.Id}");
        var participants = page.QuerySelector("#conference-participants")!.TextContent;
        Assert.Contains("Učesnik Primer", participants);
        Assert.Contains("Kontakt Osoba Test", participants);
        Assert.Contains(partner.Name, page.QuerySelector("#conference-place")!.TextContent);
        Assert.Contains("Povratak u školu", page.QuerySelector("#conference-agenda")!.TextContent);
        Assert.Contains(CentreClock.FormatDate(day) + " 11:30", (await radnik.GetPageAsync($"/Cases/Details/{file.Id}")).QuerySelector("#conferences-list")!.TextContent);

        // Management reads when, where and who, not the texts nor an outside person's name.
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");
        var read = await rukovodstvo.GetPageAsync($"/Conferences/{saved.Id}");
        Assert.NotNull(read.QuerySelector("#conference-texts-hidden"));
        Assert.DoesNotContain("Povratak u školu", read.DocumentElement.TextContent);
        Assert.DoesNotContain("Učesnik Primer", read.DocumentElement.TextContent);
        Assert.Contains("Školski psiholog", read.QuerySelector("#conference-participants")!.TextContent);
        Assert.Null(read.QuerySelector("#conference-edit"));
    }

    [Fact]
    public async Task A_past_date_and_a_missing_agenda_are_refused_with_everything_typed_kept_and_nothing_saved()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var form = await radnik.GetPageAsync($"/Cases/{file.Id}/Conferences/Schedule");

        var response = await radnik.SubmitAsync(form, "form#conference-form", new Dictionary<string, string>
        {
            ["Form.Date"] = CentreClock.FormatDate(factory.Arrange.Today.AddDays(-2)),
            ["Form.Place"] = nameof(ConferencePlace.Remote),
            ["Form.Others[0].Name"] = "Učesnik Primer",
            ["Form.Others[0].Role"] = "Razredni starešina",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        string Error(string field) => again.QuerySelector($"[data-valmsg-for='Form.{field}']")?.TextContent.Trim() ?? string.Empty;
        Assert.Equal(Ui.Text("Conferences.Errors.InPast"), Error("Date"));
        Assert.Equal(Ui.Text("Conferences.Errors.Agenda"), Error("Agenda"));
        Assert.Equal("Učesnik Primer", again.QuerySelector("input[name='Form.Others[0].Name']")!.GetAttribute("value"));
        Assert.Equal("Razredni starešina", again.QuerySelector("input[name='Form.Others[0].Role']")!.GetAttribute("value"));
        Assert.Equal(nameof(ConferencePlace.Remote), again.QuerySelector("select[name='Form.Place'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(10, again.QuerySelectorAll("input[name^='Form.Agenda['][name$='.Title']").Length);
        Assert.False(await factory.WithDbAsync(db => db.CaseConferences.AnyAsync()));
    }

    [Fact]
    public async Task A_missing_chair_and_an_institution_left_unnamed_are_refused_on_their_fields()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var form = await radnik.GetPageAsync($"/Cases/{file.Id}/Conferences/Schedule");

        var response = await radnik.SubmitAsync(form, "form#conference-form", new Dictionary<string, string>
        {
            ["Form.Date"] = CentreClock.FormatDate(factory.Arrange.Today.AddDays(3)),
            ["Form.Time"] = "10:00",
            ["Form.Place"] = nameof(ConferencePlace.Institution),
            ["Form.PlacePartnerId"] = string.Empty,
            ["Form.Chair"] = string.Empty,
            ["Form.Agenda[0].Title"] = "Plan podrške",
        });

        var again = await TestClient.ParseAsync(response);
        string Error(string field) => again.QuerySelector($"[data-valmsg-for='Form.{field}']")?.TextContent.Trim() ?? string.Empty;
        Assert.Equal(Ui.Text("Conferences.Errors.Place"), Error("PlacePartnerId"));
        Assert.Equal(Ui.Text("Conferences.Errors.Chair"), Error("Chair"));
        Assert.False(await factory.WithDbAsync(db => db.CaseConferences.AnyAsync()));
    }

    [Fact]
    public async Task A_colleague_off_the_case_is_not_offered_and_is_refused_when_sent_because_they_could_not_open_the_conference()
    {
        var file = await factory.Arrange.Case();
        var radnik2Id = await factory.Arrange.UserIdAsync("radnik2");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var form = await radnik.GetPageAsync($"/Cases/{file.Id}/Conferences/Schedule");

        var response = await radnik.SubmitAsync(form, "form#conference-form", new Dictionary<string, string>
        {
            ["Form.Place"] = nameof(ConferencePlace.Remote),
            ["Form.Staff"] = "u:" + radnik2Id,
            ["Form.Agenda[0].Title"] = "Plan podrške",
        });

        Assert.Null(form.QuerySelector($"option[value='u:{radnik2Id}']"));
        var again = await TestClient.ParseAsync(response);
        Assert.Equal(Ui.Text("Conferences.StaffOffTeam"), again.QuerySelector("[data-valmsg-for='Form.Staff']")?.TextContent.Trim());
        Assert.Equal("Plan podrške", again.QuerySelector("input[name='Form.Agenda[0].Title']")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.CaseConferences.AnyAsync()));
    }

    [Fact]
    public async Task An_agenda_row_posted_without_its_fields_is_an_empty_line_not_an_error_page()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var chair = "u:" + await factory.Arrange.UserIdAsync("radnik");
        (string, string)[] typed = [("Form.Date", CentreClock.FormatDate(factory.Arrange.Today.AddDays(3))), ("Form.Time", "10:00"), ("Form.DurationMinutes", "60"),
            ("Form.Place", "Remote"), ("Form.Chair", chair), ("Form.Staff", chair)];

        // Explicit row indexes, one of them with no field: the binder leaves a null row in the list.
        var withTitle = await radnik.PostWithTokenAsync($"/Cases/{file.Id}/Conferences/Schedule",
            [.. typed, ("Form.Agenda.index", "a"), ("Form.Agenda[a].Title", "Plan podrške"), ("Form.Agenda.index", "b")]);
        var withoutAny = await radnik.PostWithTokenAsync($"/Cases/{file.Id}/Conferences/Schedule", [.. typed, ("Form.Agenda.index", "b")]);

        Assert.Equal(HttpStatusCode.Redirect, withTitle.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withoutAny.StatusCode);
        Assert.Equal(Ui.Text("Conferences.Errors.Agenda"), (await TestClient.ParseAsync(withoutAny)).QuerySelector("[data-valmsg-for='Form.Agenda']")!.TextContent.Trim());
        Assert.Equal("Plan podrške", await factory.WithDbAsync(db => db.ConferenceAgendaItems.Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_tampered_network_actor_is_refused_on_its_field()
    {
        var file = await factory.Arrange.Case();
        var other = await factory.Arrange.Case();
        var (partner, _) = await ConferencesArrange.ActorAsync(factory, other.Id, "Dom zdravlja Primer");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var form = await radnik.GetPageAsync($"/Cases/{file.Id}/Conferences/Schedule");

        var response = await radnik.SubmitAsync(form, "form#conference-form", new Dictionary<string, string>
        {
            ["Form.Place"] = nameof(ConferencePlace.Remote),
            ["Form.Agenda[0].Title"] = "Plan podrške",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var tampered = await radnik.PostWithTokenAsync($"/Cases/{file.Id}/Conferences/Schedule",
            ("Form.Date", CentreClock.FormatDate(factory.Arrange.Today.AddDays(3))), ("Form.Time", "10:00"), ("Form.DurationMinutes", "60"),
            ("Form.Place", "Remote"), ("Form.Chair", "u:" + await factory.Arrange.UserIdAsync("radnik")), ("Form.Actors", partner.Id.ToString()),
            ("Form.Agenda[0].Title", "Plan"));
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        Assert.Equal(Ui.Text("Conferences.ActorUnknown"), (await TestClient.ParseAsync(tampered)).QuerySelector("[data-valmsg-for='Form.Actors']")!.TextContent.Trim());
        Assert.Equal(1, await factory.WithDbAsync(db => db.CaseConferences.CountAsync()));
    }

    [Fact]
    public async Task Open_action_items_of_earlier_conferences_are_offered_as_the_first_agenda_item()
    {
        var file = await factory.Arrange.Case();
        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddDays(1),
            then: c => c.AddActionItem("Upis u školu", radnikId, null, factory.Arrange.Today.AddDays(20), factory.Arrange.Today));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var form = await radnik.GetPageAsync($"/Cases/{file.Id}/Conferences/Schedule");
        Assert.Contains(Ui.Text("Conferences.OpenItemsReview"), form.QuerySelector("#open-items-note")!.TextContent);
        var response = await radnik.SubmitAsync(form, "form#conference-form", new Dictionary<string, string>
        {
            ["Form.Place"] = nameof(ConferencePlace.Remote),
            ["Form.Agenda[0].Title"] = "Smeštaj",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = factory.Arrange.Now.AddDays(2);
        var agenda = await factory.WithDbAsync(db => db.ConferenceAgendaItems.AsNoTracking()
            .Where(a => db.CaseConferences.Any(c => c.Id == a.ConferenceId && c.CaseId == file.Id && c.StartsAtUtc > after))
            .OrderBy(a => a.Position).ToListAsync());
        Assert.Equal([(Ui.Text("Conferences.OpenItemsReview"), true), ("Smeštaj", false)], agenda.Select(a => (a.Title, a.ReviewsOpenItems)));
    }

    [Fact]
    public async Task The_items_of_a_cancelled_conference_are_not_offered_for_review()
    {
        var file = await factory.Arrange.Case();
        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddDays(1), then: c =>
        {
            c.AddActionItem("Upis u školu", radnikId, null, factory.Arrange.Today.AddDays(20), factory.Arrange.Today);
            c.Cancel();
        });
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var form = await radnik.GetPageAsync($"/Cases/{file.Id}/Conferences/Schedule");
        var response = await radnik.SubmitAsync(form, "form#conference-form", new Dictionary<string, string>
        {
            ["Form.Place"] = nameof(ConferencePlace.Remote),
            ["Form.Agenda[0].Title"] = "Smeštaj",
        });

        Assert.Null(form.QuerySelector("#open-items-note"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var agenda = await factory.WithDbAsync(db => db.ConferenceAgendaItems.AsNoTracking()
            .Where(a => db.CaseConferences.Any(c => c.Id == a.ConferenceId && c.Status == ConferenceStatus.Scheduled)).Select(a => a.Title).ToListAsync());
        Assert.Equal(["Smeštaj"], agenda);
    }

    [Fact]
    public async Task A_second_reschedule_from_an_older_page_is_refused_and_keeps_what_was_typed()
    {
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddDays(5));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var radnik2 = await factory.Arrange.SignedInAsync("radnik2");
        var first = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Edit");
        var second = await radnik2.GetPageAsync($"/Conferences/{conference.Id}/Edit");

        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(first, "form#conference-form", new Dictionary<string, string> { ["Form.Time"] = "08:15" })).StatusCode);
        var refused = await radnik2.SubmitAsync(second, "form#conference-form", new Dictionary<string, string> { ["Form.Time"] = "16:45", ["Form.Agenda[1].Title"] = "Zdravlje" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("16:45", again.QuerySelector("input[name='Form.Time']")!.GetAttribute("value"));
        Assert.Equal("Zdravlje", again.QuerySelector("input[name='Form.Agenda[1].Title']")!.GetAttribute("value"));
        var saved = await factory.WithDbAsync(db => db.CaseConferences.AsNoTracking().SingleAsync(c => c.Id == conference.Id));
        Assert.Equal(new TimeOnly(8, 15), TimeOnly.FromDateTime(CentreClock.ToLocal(saved.StartsAtUtc)));
    }

    [Fact]
    public async Task A_reschedule_that_would_remove_an_agenda_item_with_notes_is_refused_with_the_reason_and_keeps_what_was_typed()
    {
        var file = await factory.Arrange.Case();
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddDays(5));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var run = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Run");
        await radnik.SubmitAsync(run, "form#conference-run-form", new Dictionary<string, string> { ["Form.Notes[0].Text"] = "Dogovoren smeštaj" });

        // The line with notes emptied, a new one typed below it.
        var edit = await radnik.GetPageAsync($"/Conferences/{conference.Id}/Edit");
        var itemId = edit.QuerySelector("input[name='Form.Agenda[0].Id']")!.GetAttribute("value");
        var refused = await radnik.SubmitAsync(edit, "form#conference-form", new Dictionary<string, string> { ["Form.Time"] = "16:45", ["Form.Agenda[0].Title"] = "", ["Form.Agenda[1].Title"] = "Zdravlje" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Conferences.Errors.AgendaItemHasNotes"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(("16:45", "", "Zdravlje"), (again.QuerySelector("input[name='Form.Time']")!.GetAttribute("value"), again.QuerySelector("input[name='Form.Agenda[0].Title']")!.GetAttribute("value"), again.QuerySelector("input[name='Form.Agenda[1].Title']")!.GetAttribute("value")));
        Assert.Equal(itemId, again.QuerySelector("input[name='Form.Agenda[0].Id']")!.GetAttribute("value"));

        // The line typed again under a new title: it is the same item, renamed, and its notes stay with it.
        var saved = await radnik.SubmitAsync(again, "form#conference-form", new Dictionary<string, string> { ["Form.Agenda[0].Title"] = "Smeštaj i plan podrške" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var agenda = await factory.WithDbAsync(db => db.ConferenceAgendaItems.AsNoTracking().Where(a => a.ConferenceId == conference.Id).OrderBy(a => a.Position).Select(a => new { a.Id, a.Title, a.Notes }).ToListAsync());
        Assert.Equal([("Smeštaj i plan podrške", (string?)"Dogovoren smeštaj"), ("Zdravlje", null)], agenda.Select(a => (a.Title, a.Notes)));
        Assert.Equal(itemId, agenda[0].Id.ToString());
    }

    [Fact]
    public async Task A_cancelled_conference_stays_listed_as_cancelled_and_can_no_longer_be_rescheduled()
    {
        var file = await factory.Arrange.Case();
        var conference = await ConferencesArrange.ConferenceAsync(factory, file.Id, factory.Arrange.Now.AddDays(5));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var page = await radnik.GetPageAsync($"/Conferences/{conference.Id}");
        var response = await radnik.SubmitAsync(page, "form#conference-cancel-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ConferenceStatus.Cancelled, await factory.WithDbAsync(db => db.CaseConferences.Where(c => c.Id == conference.Id).Select(c => c.Status).SingleAsync()));
        var shown = await radnik.GetPageAsync($"/Conferences/{conference.Id}");
        Assert.Equal(Ui.Text("Conferences.Status.Cancelled"), shown.QuerySelector("#conference-status")!.TextContent.Trim());
        Assert.Null(shown.QuerySelector("#conference-cancel-form"));
        Assert.Contains(Ui.Text("Conferences.Status.Cancelled"), (await radnik.GetPageAsync($"/Cases/Details/{file.Id}")).QuerySelector("#conferences-list")!.TextContent);
        await radnik.GetPageAsync($"/Conferences/{conference.Id}/Edit", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_calendar_shows_this_week_and_the_next_month_and_only_what_the_user_may_see()
    {
        var own = await factory.Arrange.Case();
        var others = await factory.Arrange.Case().LedBy("radnik2");
        var today = factory.Arrange.Today;
        var later = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(10);
        await ConferencesArrange.ConferenceAsync(factory, own.Id, factory.Arrange.Now.AddMinutes(5));
        await ConferencesArrange.ConferenceAsync(factory, own.Id, CentreClock.ToUtc(later, new TimeOnly(10, 0)));
        await ConferencesArrange.ConferenceAsync(factory, others.Id, factory.Arrange.Now.AddMinutes(10), chair: "radnik2");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var week = (await radnik.GetPageAsync("/Conferences")).QuerySelector("#calendar")!.TextContent;
        Assert.Contains(own.Code, week);
        Assert.DoesNotContain(CentreClock.FormatDate(later), week);
        Assert.DoesNotContain(others.Code, week);

        var month = (await radnik.GetPageAsync($"/Conferences?view=month&from={CentreClock.FormatDate(later)}")).QuerySelector("#calendar")!.TextContent;
        Assert.Contains(CentreClock.FormatDate(later) + " 10:00", month);
        Assert.Contains(Ui.Text("Conferences.Place.Remote"), month);

        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        Assert.Contains(others.Code, (await koordinator.GetPageAsync("/Conferences")).QuerySelector("#calendar")!.TextContent);
    }

    [Fact]
    public async Task The_calendar_runs_as_many_sql_commands_with_twelve_conferences_as_with_two()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var counter = new SqlCommandCounter(factory.DatabasePath);
        var today = factory.Arrange.Today;
        var day = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(10);
        var from = CentreClock.ToUtc(day, new TimeOnly(8, 0));
        var url = $"/Conferences?view=month&from={CentreClock.FormatDate(day)}";
        for (var i = 0; i < 2; i++)
        {
            await ConferencesArrange.ConferenceAsync(factory, file.Id, from.AddHours(i));
        }

        counter.Reset();
        await radnik.GetPageAsync(url);
        var few = counter.Count;
        for (var i = 2; i < 12; i++)
        {
            await ConferencesArrange.ConferenceAsync(factory, file.Id, from.AddHours(i));
        }

        counter.Reset();
        var page = await radnik.GetPageAsync(url);

        Assert.True(few > 0);
        Assert.Equal(few, counter.Count);
        Assert.Equal(12, page.QuerySelectorAll("#calendar tbody tr").Length);
    }
}
