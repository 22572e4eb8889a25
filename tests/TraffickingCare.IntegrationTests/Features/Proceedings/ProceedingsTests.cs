using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Proceedings.Hearings;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Proceedings;

public sealed class ProceedingsTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_proceeding_is_recorded_with_its_case_number_encrypted_at_rest()
    {
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var since = CentreClock.FormatDate(factory.Arrange.Today.AddDays(-10));

        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/Proceedings");
        var response = await radnik.SubmitAsync(page, "form#proceeding-open-form", new Dictionary<string, string>
        {
            ["Form.AuthorityId"] = court.ToString(),
            ["Form.CaseNumber"] = "KTO-77/2026",
            ["Form.Role"] = nameof(ProceedingRole.InjuredParty),
            ["Form.LawyerEngaged"] = "true",
            ["Form.LawyerDescription"] = "Advokat po punomoćju",
            ["Form.Measures"] = nameof(ProtectiveMeasures.VulnerableWitness),
            ["Form.ClaimedAmount"] = "150000,50",
            ["Form.ClaimedCurrency"] = "RSD",
            ["Form.ClaimedOn"] = since,
            ["Form.Stage"] = nameof(ProceedingStage.Indictment),
            ["Form.StageSince"] = since,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Proceedings.Include(p => p.Stages).AsNoTracking().SingleAsync(p => p.CaseId == file.Id));
        Assert.Equal($"/Proceedings/{saved.Id}", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("KTO", response.Headers.Location.OriginalString);
        Assert.Equal(("KTO-77/2026", ProceedingStage.Indictment, 150000.50m, true), (saved.CaseNumber, saved.Stage, saved.ClaimedAmount, saved.LawyerEngaged));
        Assert.Equal(ProtectiveMeasures.VulnerableWitness, saved.Measures);
        Assert.Single(saved.Stages);

        var raw = await factory.RawAsync($"SELECT CaseNumber FROM Proceedings WHERE Id = '{saved.Id.ToString().ToUpperInvariant()}'");
        Assert.NotNull(raw);
        Assert.DoesNotContain("KTO", raw);

        var shown = await radnik.GetPageAsync($"/Proceedings/{saved.Id}");
        Assert.Equal("KTO-77/2026", shown.QuerySelector("#case-number")!.TextContent.Trim());

        // Management reads the proceeding, not the court's case number.
        using var rukovodstvo = await factory.Arrange.SignedInAsync("rukovodstvo");
        var read = await rukovodstvo.GetPageAsync($"/Proceedings/{saved.Id}");
        Assert.Null(read.QuerySelector("#case-number"));
        Assert.DoesNotContain("KTO-77", read.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_hearing_next_tuesday_with_escort_and_psychologist_shows_on_the_case_the_calendar_and_my_work()
    {
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case();
        var proceeding = await ProceedingsArrange.ProceedingAsync(factory, file.Id, court);
        var radnikId = await factory.Arrange.UserIdAsync("radnik");
        var tuesday = ProceedingsArrange.NextTuesday(factory);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var page = await radnik.GetPageAsync($"/Proceedings/{proceeding.Id}");
        var response = await radnik.SubmitAsync(page, "form#hearing-form", new Dictionary<string, string>
        {
            ["HearingForm.Date"] = CentreClock.FormatDate(tuesday),
            ["HearingForm.Time"] = "09:30",
            ["HearingForm.CourtId"] = court.ToString(),
            ["HearingForm.Kind"] = nameof(HearingKind.WitnessExamination),
            ["HearingForm.EscortUserId"] = radnikId,
            ["HearingForm.PsychologicalSupport"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var hearing = await factory.WithDbAsync(db => db.Hearings.AsNoTracking().SingleAsync(h => h.ProceedingId == proceeding.Id));
        Assert.Equal(CentreClock.ToUtc(tuesday, new TimeOnly(9, 30)), hearing.StartsAtUtc);
        Assert.True(hearing.PsychologicalSupport);

        var casePage = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        Assert.Contains(CentreClock.FormatDate(tuesday) + " 09:30", casePage.QuerySelector("#proceedings-panel")!.TextContent);

        var week = $"/Hearings?view=week&from={CentreClock.FormatDate(tuesday)}";
        using var koordinator = await factory.Arrange.SignedInAsync("koordinator");
        var calendar = (await koordinator.GetPageAsync(week)).QuerySelector("#calendar")!.TextContent;
        Assert.Contains(file.Code, calendar);
        Assert.Contains(Ui.Text("Proceedings.Hearings.Psychologist"), calendar);

        using var radnik2 = await factory.Arrange.SignedInAsync("radnik2");
        var other = await radnik2.GetPageAsync(week);
        Assert.Null(other.QuerySelector("#calendar"));
        Assert.DoesNotContain(file.Code, other.DocumentElement.TextContent);

        // Moj rad: the assignee escorts the person; another caseworker has nothing of it.
        var items = await WorkAsync("radnik", radnikId, tuesday);
        var item = Assert.Single(items);
        Assert.Equal((file.Code, tuesday, new TimeOnly(9, 30)), (item.CaseCode, item.Due, item.At));
        Assert.Empty(await WorkAsync("radnik2", await factory.Arrange.UserIdAsync("radnik2"), tuesday));
    }

    [Fact]
    public async Task A_second_save_from_an_older_page_is_refused_and_keeps_what_was_typed()
    {
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var proceeding = await ProceedingsArrange.ProceedingAsync(factory, file.Id, court);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var radnik2 = await factory.Arrange.SignedInAsync("radnik2");
        var first = await radnik.GetPageAsync($"/Proceedings/{proceeding.Id}");
        var second = await radnik2.GetPageAsync($"/Proceedings/{proceeding.Id}");

        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(first, "form#proceeding-edit-form", new Dictionary<string, string> { ["Form.CaseNumber"] = "K 101/26" })).StatusCode);
        var refused = await radnik2.SubmitAsync(second, "form#proceeding-edit-form", new Dictionary<string, string> { ["Form.CaseNumber"] = "K 999/26" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("K 999/26", again.QuerySelector("input[name='Form.CaseNumber']")!.GetAttribute("value"));
        Assert.Equal("K 101/26", await factory.WithDbAsync(db => db.Proceedings.Where(p => p.Id == proceeding.Id).Select(p => p.CaseNumber).SingleAsync()));
    }

    [Fact]
    public async Task A_stage_form_refused_for_its_input_keeps_the_version_it_was_shown_with_so_a_change_made_meanwhile_is_still_caught()
    {
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case().WithTeam("radnik2");
        var proceeding = await ProceedingsArrange.ProceedingAsync(factory, file.Id, court);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var radnik2 = await factory.Arrange.SignedInAsync("radnik2");
        var older = await radnik2.GetPageAsync($"/Proceedings/{proceeding.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await radnik.SubmitAsync(await radnik.GetPageAsync($"/Proceedings/{proceeding.Id}"), "form#stage-form", new Dictionary<string, string>
        {
            ["StageForm.Stage"] = nameof(ProceedingStage.Indictment),
            ["StageForm.Since"] = CentreClock.FormatDate(factory.Arrange.Today),
        })).StatusCode);

        var badDate = await TestClient.ParseAsync(await radnik2.SubmitAsync(older, "form#stage-form", new Dictionary<string, string>
        {
            ["StageForm.Stage"] = nameof(ProceedingStage.Trial),
            ["StageForm.Since"] = "31.02.2026.",
        }));
        var resent = await radnik2.SubmitAsync(badDate, "form#stage-form", new Dictionary<string, string> { ["StageForm.Since"] = CentreClock.FormatDate(factory.Arrange.Today) });

        Assert.Equal(Ui.Text("Proceedings.Errors.Date"), badDate.QuerySelector("[data-valmsg-for='StageForm.Since']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), (await TestClient.ParseAsync(resent)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(ProceedingStage.Indictment, await factory.WithDbAsync(db => db.Proceedings.Where(p => p.Id == proceeding.Id).Select(p => p.Stage).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_with_everything_typed_kept_and_nothing_saved()
    {
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var page = await radnik.GetPageAsync($"/Cases/{file.Id}/Proceedings");

        var response = await radnik.SubmitAsync(page, "form#proceeding-open-form", new Dictionary<string, string>
        {
            ["Form.AuthorityId"] = Guid.NewGuid().ToString(),
            ["Form.CaseNumber"] = "KT 5/26",
            ["Form.Role"] = nameof(ProceedingRole.Witness),
            ["Form.NonPunishmentApplied"] = "true",
            ["Form.ClaimedAmount"] = "-500",
            ["Form.ClaimedOn"] = "31.02.2026.",
            ["Form.Stage"] = nameof(ProceedingStage.Trial),
            ["Form.StageSince"] = CentreClock.FormatDate(factory.Arrange.Today.AddDays(5)),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        string Error(string field) => again.QuerySelector($"[data-valmsg-for='Form.{field}']")?.TextContent.Trim() ?? again.QuerySelector($"#Form_{field}-error")?.TextContent.Trim() ?? string.Empty;
        Assert.Equal(Ui.Text("Proceedings.Errors.Authority"), Error("AuthorityId"));
        Assert.Equal(Ui.Text("Proceedings.Errors.Amount"), Error("ClaimedAmount"));
        Assert.Equal(Ui.Text("Proceedings.Errors.Date"), Error("ClaimedOn"));
        Assert.Equal(Ui.Text("Proceedings.Errors.Date"), Error("StageSince"));
        Assert.Equal(Ui.Text("Proceedings.Errors.NonPunishmentRole"), Error("NonPunishmentApplied"));
        Assert.Equal("-500", again.QuerySelector("input[name='Form.ClaimedAmount']")!.GetAttribute("value"));
        Assert.Equal("KT 5/26", again.QuerySelector("input[name='Form.CaseNumber']")!.GetAttribute("value"));
        Assert.Equal(nameof(ProceedingStage.Trial), again.QuerySelector("select[name='Form.Stage'] option[selected]")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Proceedings.AnyAsync()));
        _ = court;
    }

    [Fact]
    public async Task A_missing_authority_a_missing_court_and_an_unknown_escort_are_refused_on_their_fields()
    {
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case();
        var proceeding = await ProceedingsArrange.ProceedingAsync(factory, file.Id, court);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var open = await TestClient.ParseAsync(await radnik.SubmitAsync(await radnik.GetPageAsync($"/Cases/{file.Id}/Proceedings"), "form#proceeding-open-form",
            new Dictionary<string, string> { ["Form.AuthorityId"] = string.Empty, ["Form.Role"] = nameof(ProceedingRole.Witness) }));
        var hearing = await TestClient.ParseAsync(await radnik.SubmitAsync(await radnik.GetPageAsync($"/Proceedings/{proceeding.Id}"), "form#hearing-form",
            new Dictionary<string, string>
            {
                ["HearingForm.Date"] = CentreClock.FormatDate(ProceedingsArrange.NextTuesday(factory)),
                ["HearingForm.Time"] = "09:30",
                ["HearingForm.CourtId"] = string.Empty,
                ["HearingForm.Kind"] = nameof(HearingKind.WitnessExamination),
                ["HearingForm.EscortPartnerId"] = Guid.NewGuid().ToString(),
            }));

        Assert.Equal(Ui.Text("Proceedings.Errors.Authority"), open.QuerySelector("[data-valmsg-for='Form.AuthorityId']")?.TextContent.Trim());
        Assert.Equal(Ui.Text("Proceedings.Errors.Court"), hearing.QuerySelector("[data-valmsg-for='HearingForm.CourtId']")?.TextContent.Trim());
        Assert.Equal(Ui.Text("Proceedings.Errors.EscortPartner"), hearing.QuerySelector("[data-valmsg-for='HearingForm.EscortPartnerId']")?.TextContent.Trim());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Proceedings.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Hearings.AnyAsync()));
    }

    [Fact]
    public async Task The_outcome_of_a_hearing_is_recorded_after_it_and_refused_before()
    {
        var court = await ProceedingsArrange.CourtAsync(factory);
        var file = await factory.Arrange.Case();
        var proceeding = await ProceedingsArrange.ProceedingAsync(factory, file.Id, court);
        var hearing = await ProceedingsArrange.HearingAsync(factory, proceeding, court, factory.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var early = await radnik.SubmitAsync(await radnik.GetPageAsync($"/Hearings/{hearing.Id}"), "form#hearing-edit-form",
            new Dictionary<string, string> { ["Form.StatementGiven"] = "true", ["Form.Outcome"] = "Iskaz dat." });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Equal("Iskaz dat.", (await TestClient.ParseAsync(early)).QuerySelector("textarea[name='Form.Outcome']")!.TextContent);

        // Three days later (a new sign-in: the session of three days ago has expired).
        factory.Clock.Advance(TimeSpan.FromDays(3));
        using var later = await factory.Arrange.SignedInAsync("radnik");
        var done = await later.SubmitAsync(await later.GetPageAsync($"/Hearings/{hearing.Id}"), "form#hearing-edit-form",
            new Dictionary<string, string> { ["Form.StatementGiven"] = "true", ["Form.Outcome"] = "Iskaz dat uz podršku psihologa." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Hearings.AsNoTracking().SingleAsync(h => h.Id == hearing.Id));
        Assert.True(saved.StatementGiven);
        Assert.DoesNotContain("psihologa", await factory.RawAsync($"SELECT Outcome FROM Hearings WHERE Id = '{hearing.Id.ToString().ToUpperInvariant()}'"));
    }

    private async Task<IReadOnlyList<WorkItem>> WorkAsync(string viewer, string assigneeId, DateOnly horizon)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var principal = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<TraffickingCare.Web.Identity.AppUser>>()
            .CreateUserPrincipalAsync((await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TraffickingCare.Web.Identity.AppUser>>().FindByNameAsync(viewer))!);
        var source = scope.ServiceProvider.GetServices<IWorkSource>().OfType<HearingWorkSource>().Single();
        var today = factory.Arrange.Today;
        return await source.ListAsync(new WorkScope(principal, assigneeId, today, factory.Clock.GetUtcNow().UtcDateTime, horizon), CancellationToken.None);
    }
}
