using System.Net;
using System.Security.Claims;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.FieldVisits;
using TraffickingCare.Web.Features.Shared.Contacts;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.FieldVisits;

public sealed class FieldVisitsTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Management_sees_the_visits_but_not_their_outcomes_or_next_steps()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var yesterday = CentreClock.FormatDate(DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now)).AddDays(-1));
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(page, "form#record-visit", new Dictionary<string, string>
        {
            ["VisitForm.On"] = yesterday,
            ["VisitForm.Place"] = "Home",
            ["VisitForm.PurposeCode"] = "Assessment",
            ["VisitForm.Outcome"] = "Poverljiv ishod posete.",
            ["VisitForm.NextStep"] = "Poverljiv sledeći korak.",
            ["VisitForm.NextStepOn"] = CentreClock.FormatDate(DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now)).AddDays(3)),
        })).StatusCode);
        var visit = await factory.WithDbAsync(db => db.FieldVisits.AsNoTracking().SingleAsync(v => v.CaseId == file.Id));
        using var management = await factory.Arrange.SignedInAsync("rukovodstvo");

        var casePage = await management.GetPageAsync($"/Cases/Details/{file.Id}");
        var list = await management.GetPageAsync($"/Cases/{file.Id}/FieldVisits");

        // The rows are read with their texts, one compiled query for every reader; the texts are dropped before the page.
        Assert.NotNull(casePage.QuerySelector($"#visits-panel #visit-{visit.Id}"));
        Assert.NotNull(list.QuerySelector($"#visit-{visit.Id}"));
        foreach (var shown in new[] { casePage.Body!.TextContent, list.Body!.TextContent })
        {
            Assert.DoesNotContain("Poverljiv", shown, StringComparison.Ordinal);
        }

        Assert.Contains("Poverljiv ishod posete.", (await radnik.GetPageAsync($"/Cases/Details/{file.Id}")).QuerySelector($"#visit-{visit.Id}")!.TextContent);
    }

    [Fact]
    public async Task A_visit_with_a_partner_is_recorded_shown_on_the_case_page_counted_as_contact_and_its_next_step_is_due_on_my_work()
    {
        var file = await factory.Arrange.Case();
        var partner = Partner.Create("Centar za socijalni rad Niš", Sector.SocialProtection, null);
        await factory.WithDbAsync(db =>
        {
            db.Partners.Add(partner);
            return db.SaveChangesAsync();
        });
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var today = CentreClock.ToLocal(factory.Arrange.Now);
        var yesterday = CentreClock.FormatDate(DateOnly.FromDateTime(today).AddDays(-1));
        var inThreeDays = CentreClock.FormatDate(DateOnly.FromDateTime(today).AddDays(3));
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        page.QuerySelector<IHtmlInputElement>($"form#record-visit input[value='p:{partner.Id}']")!.IsChecked = true;

        var response = await radnik.SubmitAsync(page, "form#record-visit", new Dictionary<string, string>
        {
            ["VisitForm.On"] = yesterday,
            ["VisitForm.Place"] = "Home",
            ["VisitForm.PurposeCode"] = "Assessment",
            ["VisitForm.Outcome"] = "Porodica je spremna za povratak.",
            ["VisitForm.NextStep"] = "Dogovor sa školom.",
            ["VisitForm.NextStepOn"] = inThreeDays,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visit = await factory.WithDbAsync(db => db.FieldVisits.Include(v => v.Participants).AsNoTracking().SingleAsync(v => v.CaseId == file.Id));
        Assert.Equal(2, visit.Participants.Count);
        Assert.Contains(visit.Participants, p => p.PartnerId == partner.Id);
        Assert.Equal("Porodica je spremna za povratak.", visit.Outcome);
        var casePage = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        var shown = casePage.QuerySelector($"#visits-panel #visit-{visit.Id}")!.TextContent;
        Assert.Contains("Centar za socijalni rad Niš", shown);
        Assert.Contains("Porodica je spremna za povratak.", shown);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var moments = await scope.ServiceProvider.GetServices<IContactMomentSource>().Select(s => s.Moments(db)).Aggregate((a, b) => a.Concat(b))
            .Where(m => m.CaseId == file.Id).ToListAsync();
        Assert.Equal(new ContactMoment { CaseId = file.Id, PartnerId = partner.Id, On = visit.On }, Assert.Single(moments));

        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        var viewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, radnikId), new Claim(ClaimTypes.Role, Roles.Caseworker)], "Test"));
        var todayDate = DateOnly.FromDateTime(today);
        var work = new List<WorkItem>();
        foreach (var source in scope.ServiceProvider.GetServices<IWorkSource>())
        {
            work.AddRange(await source.ListAsync(new WorkScope(viewer, radnikId, todayDate, factory.Arrange.Now, todayDate.AddDays(7)), CancellationToken.None));
        }

        var item = Assert.Single(work, w => w.KindKey == "FieldVisits.WorkKind");
        Assert.Equal((file.Code, todayDate.AddDays(3)), (item.CaseCode, item.Due));
        Assert.DoesNotContain(work, w => w.Title.Contains("školom", StringComparison.Ordinal));
        var notYet = new List<WorkItem>();
        foreach (var source in scope.ServiceProvider.GetServices<IWorkSource>())
        {
            notYet.AddRange(await source.ListAsync(new WorkScope(viewer, radnikId, todayDate, factory.Arrange.Now, todayDate.AddDays(1)), CancellationToken.None));
        }

        Assert.DoesNotContain(notYet, w => w.KindKey == "FieldVisits.WorkKind");
    }

    [Fact]
    public async Task A_refused_visit_keeps_everything_typed_and_saves_nothing()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        page.QuerySelector<IHtmlInputElement>("form#record-visit input[name='VisitForm.Participants']:checked")!.IsChecked = false;

        var response = await radnik.SubmitAsync(page, "form#record-visit", new Dictionary<string, string>
        {
            ["VisitForm.Place"] = "Shelter",
            ["VisitForm.PurposeCode"] = "Monitoring",
            ["VisitForm.Outcome"] = "Ostaje upisano.",
            ["VisitForm.NextStepOn"] = "01.01.2000.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Equal("Ostaje upisano.", again.QuerySelector<IHtmlTextAreaElement>("#VisitForm_Outcome")!.Value);
        Assert.Equal("01.01.2000.", again.QuerySelector<IHtmlInputElement>("#VisitForm_NextStepOn")!.Value);
        Assert.Equal("Monitoring", again.QuerySelector<IHtmlSelectElement>("#VisitForm_PurposeCode")!.Value);
        foreach (var key in new[] { "FieldVisits.Errors.Place", "FieldVisits.Errors.Participants", "FieldVisits.Errors.NextStep", "FieldVisits.Errors.NextStepOn" })
        {
            Assert.Contains(Ui.Text(key), again.Body!.TextContent);
        }

        Assert.False(await factory.WithDbAsync(db => db.FieldVisits.AnyAsync(v => v.CaseId == file.Id)));
    }

    [Fact]
    public async Task A_colleague_off_the_case_team_is_not_offered_and_is_refused_as_a_participant()
    {
        var file = await factory.Arrange.Case();
        var outsider = await TestUsers.CreateAsync(factory, "outsider-" + Guid.NewGuid().ToString("N")[..8], Roles.Caseworker);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        var offered = page.QuerySelectorAll("form#record-visit input[name='VisitForm.Participants']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains($"u:{await factory.Arrange.UserIdAsync("radnik")}", offered);
        Assert.DoesNotContain($"u:{outsider}", offered);

        var response = await radnik.SubmitAsync(page, "form#record-visit", new Dictionary<string, string>
        {
            ["VisitForm.Place"] = "Home",
            ["VisitForm.PurposeCode"] = "Assessment",
            ["VisitForm.Outcome"] = "Ostaje upisano.",
            ["VisitForm.Participants"] = $"u:{outsider}",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("Support.Errors.StaffOffCase"), again.Body!.TextContent);
        Assert.Equal("Ostaje upisano.", again.QuerySelector<IHtmlTextAreaElement>("#VisitForm_Outcome")!.Value);
        Assert.False(await factory.WithDbAsync(db => db.FieldVisits.AnyAsync(v => v.CaseId == file.Id)));
    }

    [Fact]
    public async Task A_visit_with_a_colleague_who_then_left_the_Centre_is_corrected_with_the_colleague_kept()
    {
        var memberName = "member-" + Guid.NewGuid().ToString("N")[..8];
        var member = await TestUsers.CreateAsync(factory, memberName, Roles.Caseworker);
        var file = await factory.Arrange.Case().WithTeam(memberName);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        page.QuerySelector<IHtmlInputElement>($"form#record-visit input[value='u:{member}']")!.IsChecked = true;
        var recorded = await radnik.SubmitAsync(page, "form#record-visit", new Dictionary<string, string>
        {
            ["VisitForm.Place"] = "Home",
            ["VisitForm.PurposeCode"] = "Assessment",
            ["VisitForm.Outcome"] = "Razgovor sa porodicom.",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true)));
        var id = (await factory.WithDbAsync(db => db.FieldVisits.AsNoTracking().SingleAsync(v => v.CaseId == file.Id))).Id;

        var edit = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits/{id}");
        Assert.True(edit.QuerySelector<IHtmlInputElement>($"form#correct-visit-{id} input[value='u:{member}']")!.IsChecked);
        var corrected = await radnik.SubmitAsync(edit, $"form#correct-visit-{id}", new Dictionary<string, string> { ["VisitForm.Outcome"] = "Razgovor sa porodicom i školom." });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var visit = await factory.WithDbAsync(db => db.FieldVisits.Include(v => v.Participants).AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.Equal("Razgovor sa porodicom i školom.", visit.Outcome);
        Assert.Contains(visit.Participants, p => p.UserId == member);
    }

    [Fact]
    public async Task A_correction_from_an_older_page_refused_for_its_input_keeps_its_version_and_its_next_save_is_a_conflict()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(page, "form#record-visit", new Dictionary<string, string>
        {
            ["VisitForm.Place"] = "Home",
            ["VisitForm.PurposeCode"] = "Assessment",
            ["VisitForm.Participants"] = "u:" + await factory.Arrange.UserIdAsync("radnik"),
            ["VisitForm.Outcome"] = "Razgovor sa porodicom.",
        })).StatusCode);
        var id = (await factory.WithDbAsync(db => db.FieldVisits.AsNoTracking().SingleAsync(v => v.CaseId == file.Id))).Id;
        var older = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(older, $"form#correct-visit-{id}", new Dictionary<string, string> { ["VisitForm.Outcome"] = "Prva ispravka." })).StatusCode);

        var badDate = await TestClient.ParseAsync(await radnik.SubmitAsync(older, $"form#correct-visit-{id}", new Dictionary<string, string> { ["VisitForm.On"] = "31.02.2026." }));
        var resent = await radnik.SubmitAsync(badDate, $"form#correct-visit-{id}", new Dictionary<string, string>
        {
            ["VisitForm.On"] = older.QuerySelector<IHtmlInputElement>("#VisitForm_On")!.Value,
            ["VisitForm.Outcome"] = "Druga ispravka.",
        });

        Assert.Equal(Ui.Text("FieldVisits.Errors.Date"), badDate.QuerySelector("[data-valmsg-for='VisitForm.On']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(resent)).Body!.TextContent);
        Assert.Equal("Prva ispravka.", (await factory.WithDbAsync(db => db.FieldVisits.AsNoTracking().SingleAsync(v => v.Id == id))).Outcome);
    }

    [Fact]
    public async Task A_correction_sent_after_the_visits_24_hours_comes_back_as_an_amendment_of_it_with_everything_typed()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(page, "form#record-visit", new Dictionary<string, string>
        {
            ["VisitForm.Place"] = "Home",
            ["VisitForm.PurposeCode"] = "Assessment",
            ["VisitForm.Participants"] = "u:" + await factory.Arrange.UserIdAsync("radnik"),
            ["VisitForm.Outcome"] = "Razgovor sa porodicom.",
        })).StatusCode);
        var id = (await factory.WithDbAsync(db => db.FieldVisits.AsNoTracking().SingleAsync(v => v.CaseId == file.Id))).Id;
        var edit = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits/{id}");
        var action = edit.QuerySelector($"form#correct-visit-{id}")!.GetAttribute("action")!;
        var fields = edit.QuerySelectorAll($"form#correct-visit-{id} input[type='hidden'], form#correct-visit-{id} input[type='text'], form#correct-visit-{id} select, form#correct-visit-{id} input:checked")
            .Where(e => e.GetAttribute("name") is { } name && name != "__RequestVerificationToken")
            .Select(e => (e.GetAttribute("name")!, e is IHtmlSelectElement select ? select.Value! : e.GetAttribute("value") ?? string.Empty))
            .Append(("VisitForm.Outcome", "Ispravka posle roka."))
            .ToArray();
        factory.Clock.Advance(TimeSpan.FromHours(25));
        using var nextDay = await factory.Arrange.SignedInAsync("radnik");

        var late = await TestClient.ParseAsync(await nextDay.PostWithTokenAsync(action, fields));

        Assert.Contains(Ui.Text("FieldVisits.Errors.Locked"), late.QuerySelector("#form-errors")!.TextContent);
        Assert.Null(late.QuerySelector($"form#correct-visit-{id}"));
        Assert.Equal(id.ToString(), late.QuerySelector<IHtmlInputElement>("form#record-visit input[name='VisitForm.AmendsVisitId']")!.Value);
        Assert.Equal("Ispravka posle roka.", late.QuerySelector("form#record-visit textarea[name='VisitForm.Outcome']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await nextDay.SubmitAsync(late, "form#record-visit")).StatusCode);
        var visits = await factory.WithDbAsync(db => db.FieldVisits.AsNoTracking().Where(v => v.CaseId == file.Id).ToListAsync());
        Assert.Equal("Razgovor sa porodicom.", visits.Single(v => v.Id == id).Outcome);
        Assert.Equal("Ispravka posle roka.", visits.Single(v => v.AmendsVisitId == id).Outcome);
    }

    [Fact]
    public async Task A_visit_whose_purpose_was_since_retired_is_corrected_and_amended_with_its_purpose_kept_and_no_other_visit_takes_it()
    {
        var file = await factory.Arrange.Case();
        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        var today = factory.Arrange.Today;
        var (recent, old) = await factory.WithDbAsync(async db =>
        {
            FieldVisit Visit(DateTime writtenAt) =>
                FieldVisit.Record(file.Id, new FieldVisitDetails(today.AddDays(-3), VisitPlace.Home, "Assessment", [StaffOrPartner.Staff(radnikId)], "Ishod.", null, null), radnikId, writtenAt, today);
            var visits = (Visit(factory.Arrange.Now), Visit(factory.Arrange.Now.AddDays(-2)));
            db.FieldVisits.AddRange(visits.Item1, visits.Item2);
            await db.SaveChangesAsync();
            return (visits.Item1.Id, visits.Item2.Id);
        });
        await factory.Arrange.RetireCodeAsync("VisitPurpose", "Assessment");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var edit = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits/{recent}");
        Assert.Equal("Assessment", edit.QuerySelector<IHtmlSelectElement>("#VisitForm_PurposeCode")!.Value);
        var corrected = await radnik.SubmitAsync(edit, $"form#correct-visit-{recent}", new Dictionary<string, string> { ["VisitForm.Outcome"] = "Ispravljen ishod." });
        var amendPage = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits/{old}");
        Assert.Equal("Assessment", amendPage.QuerySelector<IHtmlSelectElement>("#VisitForm_PurposeCode")!.Value);
        var amended = await radnik.SubmitAsync(amendPage, "form#record-visit", new Dictionary<string, string> { ["VisitForm.Outcome"] = "Dopuna." });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var visits = await factory.WithDbAsync(db => db.FieldVisits.AsNoTracking().Where(v => v.CaseId == file.Id).ToListAsync());
        Assert.Equal(("Assessment", "Ispravljen ishod."), visits.Where(v => v.Id == recent).Select(v => (v.PurposeCode, v.Outcome)).Single());
        Assert.Equal(("Assessment", "Dopuna."), visits.Where(v => v.AmendsVisitId == old).Select(v => (v.PurposeCode, v.Outcome)).Single());

        var list = await radnik.GetPageAsync($"/Cases/{file.Id}/FieldVisits");
        Assert.DoesNotContain("Assessment", list.Offered("#VisitForm_PurposeCode"));
        var added = await radnik.SubmitAsync(list, "form#record-visit", new Dictionary<string, string> { ["VisitForm.Place"] = "Home", ["VisitForm.PurposeCode"] = "Assessment" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(Ui.Text("FieldVisits.Errors.Purpose"), (await TestClient.ParseAsync(added)).Body!.TextContent);
        Assert.Equal(3, await factory.WithDbAsync(db => db.FieldVisits.CountAsync(v => v.CaseId == file.Id)));
    }

    [Fact]
    public async Task The_case_page_shows_the_latest_visits_with_how_many_in_all_and_a_retired_purpose_keeps_its_label_in_the_readers_language()
    {
        var file = await factory.Arrange.Case();
        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(factory.Arrange.Now));
        var visits = await factory.WithDbAsync(async db =>
        {
            var recorded = Enumerable.Range(1, 5)
                .Select(i => FieldVisit.Record(file.Id, new FieldVisitDetails(today.AddDays(-i), VisitPlace.Home, "Assessment", [StaffOrPartner.Staff(radnikId)], "Ishod.", null, null), radnikId, factory.Arrange.Now, today))
                .ToList();
            db.FieldVisits.AddRange(recorded);
            await db.SaveChangesAsync();
            recorded[4].SoftDelete(radnikId, factory.Arrange.Now);
            await db.SaveChangesAsync();
            return recorded;
        });
        var purpose = await factory.Arrange.RetireCodeAsync("VisitPurpose", "Assessment");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var page = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        await radnik.SubmitAsync(page, "form[action='/Language/Set']", submitName: "culture", submitValue: Cultures.English);
        var inEnglish = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");

        // Four visits in all (the fifth removed), the latest three shown, each purpose by its label.
        Assert.Equal(Ui.Text("FieldVisits.AllAndRecord", 4), page.QuerySelector("#visits-all")!.TextContent.Trim());
        Assert.Equal([.. visits.Take(FieldVisitsPanel.Latest).Select(v => $"visit-{v.Id}")], page.QuerySelectorAll("#visits-panel li[id^='visit-']").Select(li => li.Id));
        Assert.Contains(purpose.LabelLatin, page.QuerySelector($"#visit-{visits[0].Id}")!.TextContent);
        Assert.Contains(purpose.LabelEnglish, inEnglish.QuerySelector($"#visit-{visits[0].Id}")!.TextContent);
    }
}
