using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.IntegrationTests.Features.Services;

public sealed class ServicesTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private static Dictionary<string, string> Typed(string minutes = "45", string? on = null, string note = "Razgovor o bezbednosti.")
    {
        var fields = new Dictionary<string, string>
        {
            ["ServiceForm.TypeCode"] = "Psychological",
            ["ServiceForm.DurationMinutes"] = minutes,
            ["ServiceForm.Note"] = note,
        };
        if (on is not null)
        {
            fields["ServiceForm.On"] = on;
        }

        return fields;
    }

    [Fact]
    public async Task A_caseworker_logs_a_service_on_the_services_page_the_case_page_leads_to_and_sees_it_in_the_panel_and_the_list()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var casePage = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        var link = casePage.QuerySelector("#services-panel a#services-all")!;
        Assert.Equal(Ui.Text("Services.AllAndLog", 0), link.TextContent.Trim());
        Assert.Null(casePage.QuerySelector("#services-panel form"));
        var servicesPage = await radnik.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal(CentreToday(), servicesPage.QuerySelector<IHtmlInputElement>("#ServiceForm_On")!.Value);

        var response = await radnik.SubmitAsync(servicesPage, "form#log-service-page", Typed());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/{file.Id}/Services", response.Headers.Location!.OriginalString);
        var service = await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.CaseId == file.Id));
        Assert.Equal(("Psychological", 45, "Razgovor o bezbednosti."), (service.TypeCode, service.DurationMinutes, service.Note));
        Assert.Equal(await factory.Arrange.UserIdAsync("radnik"), service.GivenByUserId);
        var after = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        Assert.Contains("Razgovor o bezbednosti.", after.QuerySelector($"#services-panel #service-{service.Id}")!.TextContent);
        var list = await radnik.GetPageAsync($"/Cases/{file.Id}/Services?Type=Psychological");
        Assert.NotNull(list.QuerySelector($"#service-{service.Id}"));
        Assert.Null((await radnik.GetPageAsync($"/Cases/{file.Id}/Services?Type=Legal")).QuerySelector($"#service-{service.Id}"));
    }

    [Fact]
    public async Task A_date_the_list_cannot_use_is_said_under_its_field_with_what_was_typed_kept()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var unreadable = await radnik.GetPageAsync($"/Cases/{file.Id}/Services?From=32.01.2026.");
        var inverted = await radnik.GetPageAsync($"/Cases/{file.Id}/Services?From=31.12.2026.&To=01.01.2026.");

        Assert.Equal(Ui.Text("Common.Filter.DateInvalid"), unreadable.QuerySelector("#From-error")!.TextContent.Trim());
        Assert.Equal(("32.01.2026.", "true"), (unreadable.QuerySelector("#f-from")!.GetAttribute("value"), unreadable.QuerySelector("#f-from")!.GetAttribute("aria-invalid")));
        Assert.Null(unreadable.QuerySelector("#form-errors"));
        Assert.Equal(Ui.Text("Common.Filter.PeriodOrder"), inverted.QuerySelector("#To-error")!.TextContent.Trim());
        Assert.Equal(string.Empty, inverted.QuerySelector("#From-error")!.TextContent.Trim());
        Assert.False(inverted.QuerySelector("#f-from")!.HasAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Bad_input_is_refused_on_the_services_page_with_everything_typed_and_nothing_saved()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var servicesPage = await radnik.GetPageAsync($"/Cases/{file.Id}/Services");

        var response = await radnik.SubmitAsync(servicesPage, "form#log-service-page", Typed(minutes: "-5", on: "31.12.2199.", note: "Ostaje upisano."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var form = page.QuerySelector("form#log-service-page")!;
        Assert.Equal("-5", form.QuerySelector<IHtmlInputElement>("#ServiceForm_DurationMinutes")!.Value);
        Assert.Equal("31.12.2199.", form.QuerySelector<IHtmlInputElement>("#ServiceForm_On")!.Value);
        Assert.Equal("Ostaje upisano.", form.QuerySelector<IHtmlTextAreaElement>("#ServiceForm_Note")!.Value);
        Assert.Equal("Psychological", form.QuerySelector<IHtmlSelectElement>("#ServiceForm_TypeCode")!.Value);
        Assert.Contains(Ui.Text("Services.Errors.Duration"), page.Body!.TextContent);
        Assert.Contains(Ui.Text("Services.Errors.Date"), page.Body!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.CaseServices.AnyAsync(s => s.CaseId == file.Id)));

        var tampered = await radnik.SubmitAsync(page, "form#log-service-page", new Dictionary<string, string> { ["ServiceForm.DurationMinutes"] = "30", ["ServiceForm.On"] = CentreToday(), ["ServiceForm.GivenBy"] = $"p:{Guid.NewGuid()}" });
        Assert.Contains(Ui.Text("Support.Errors.StaffOrPartner"), (await TestClient.ParseAsync(tampered)).Body!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.CaseServices.AnyAsync(s => s.CaseId == file.Id)));
    }

    [Fact]
    public async Task The_giver_is_offered_from_the_case_staff_a_colleague_off_the_team_is_refused_and_one_who_left_keeps_what_they_gave()
    {
        var file = await factory.Arrange.Case();
        var name = Guid.NewGuid().ToString("N")[..8];
        var member = await TestUsers.CreateAsync(factory, "member-" + name, Roles.Caseworker);
        var outsider = await TestUsers.CreateAsync(factory, "outsider-" + name, Roles.Caseworker);
        await factory.WithDbAsync(async db =>
        {
            (await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id)).AddToTeam(member);
            await db.SaveChangesAsync();
        });
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var servicesPage = await radnik.GetPageAsync($"/Cases/{file.Id}/Services");
        var offered = Givers(servicesPage);
        Assert.Contains($"u:{member}", offered);
        Assert.Contains($"u:{await factory.Arrange.UserIdAsync("radnik")}", offered);
        Assert.Contains($"u:{await factory.Arrange.UserIdAsync("koordinator")}", offered);
        Assert.DoesNotContain($"u:{outsider}", offered);

        var refused = await radnik.SubmitAsync(servicesPage, "form#log-service-page", new Dictionary<string, string>(Typed(note: "Ostaje upisano.")) { ["ServiceForm.GivenBy"] = $"u:{outsider}" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await TestClient.ParseAsync(refused);
        Assert.Contains(Ui.Text("Support.Errors.StaffOffCase"), again.QuerySelector("form#log-service-page")!.TextContent);
        Assert.Equal("Ostaje upisano.", again.QuerySelector<IHtmlTextAreaElement>("#ServiceForm_Note")!.Value);
        Assert.False(await factory.WithDbAsync(db => db.CaseServices.AnyAsync(s => s.CaseId == file.Id)));

        var given = await radnik.SubmitAsync(servicesPage, "form#log-service-page", new Dictionary<string, string>(Typed()) { ["ServiceForm.GivenBy"] = $"u:{member}" });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        var lead = await factory.Arrange.UserIdAsync("radnik");
        await factory.WithDbAsync(async db =>
        {
            (await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == file.Id)).RemoveFromTeam(member, lead, factory.Arrange.Now);
            await db.SaveChangesAsync();
        });

        var afterLeaving = await radnik.GetPageAsync($"/Cases/{file.Id}/Services");
        Assert.Contains($"u:{member}", Givers(afterLeaving));
        Assert.Contains($"u:{member}", afterLeaving.QuerySelectorAll("#f-given-by option").Select(o => o.GetAttribute("value")));
        var amended = await radnik.SubmitAsync(afterLeaving, "form#log-service-page", new Dictionary<string, string>(Typed(minutes: "30")) { ["ServiceForm.GivenBy"] = $"u:{member}" });
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.CaseServices.CountAsync(s => s.CaseId == file.Id && s.GivenByUserId == member)));
    }

    [Fact]
    public async Task A_service_given_by_a_colleague_who_then_left_the_Centre_is_corrected_with_their_name_kept()
    {
        var memberName = "member-" + Guid.NewGuid().ToString("N")[..8];
        var member = await TestUsers.CreateAsync(factory, memberName, Roles.Caseworker);
        var file = await factory.Arrange.Case().WithTeam(memberName);
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var given = await radnik.SubmitAsync(await radnik.GetPageAsync($"/Cases/{file.Id}/Services"), "form#log-service-page", new Dictionary<string, string>(Typed()) { ["ServiceForm.GivenBy"] = $"u:{member}" });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true)));
        var id = (await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.CaseId == file.Id))).Id;

        var edit = await radnik.GetPageAsync($"/Cases/{file.Id}/Services/{id}");
        Assert.Equal($"u:{member}", edit.QuerySelector<IHtmlSelectElement>($"form#correct-service-{id} #ServiceForm_GivenBy")!.Value);
        var corrected = await radnik.SubmitAsync(edit, $"form#correct-service-{id}", new Dictionary<string, string> { ["ServiceForm.DurationMinutes"] = "75" });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var service = await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal((75, member), (service.DurationMinutes, service.GivenByUserId));
    }

    private static List<string?> Givers(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#ServiceForm_GivenBy option").Select(o => o.GetAttribute("value"))];

    [Fact]
    public async Task The_author_corrects_within_24_hours_a_stale_second_save_is_a_conflict_and_afterwards_only_an_amendment_remains()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        await radnik.SubmitAsync(await radnik.GetPageAsync($"/Cases/{file.Id}/Services"), "form#log-service-page", Typed());
        var id = (await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.CaseId == file.Id))).Id;
        var url = $"/Cases/{file.Id}/Services/{id}";
        var edit = await radnik.GetPageAsync(url);

        var corrected = await radnik.SubmitAsync(edit, $"form#correct-service-{id}", new Dictionary<string, string> { ["ServiceForm.DurationMinutes"] = "60" });

        // Refused for its input, the older page keeps the version it was shown with: the change made meanwhile is still caught.
        var badDate = await TestClient.ParseAsync(await radnik.SubmitAsync(edit, $"form#correct-service-{id}", new Dictionary<string, string> { ["ServiceForm.On"] = "31.02.2026." }));
        Assert.Equal(Ui.Text("Services.Errors.Date"), badDate.QuerySelector("[data-valmsg-for='ServiceForm.On']")!.TextContent.Trim());
        Assert.Equal(edit.QuerySelector<IHtmlInputElement>("#ServiceForm_Version")!.Value, badDate.QuerySelector<IHtmlInputElement>("#ServiceForm_Version")!.Value);
        var conflict = await radnik.SubmitAsync(edit, $"form#correct-service-{id}", new Dictionary<string, string> { ["ServiceForm.DurationMinutes"] = "90" });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var conflictPage = await TestClient.ParseAsync(conflict);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), conflictPage.Body!.TextContent);
        Assert.Equal("90", conflictPage.QuerySelector<IHtmlInputElement>("#ServiceForm_DurationMinutes")!.Value);
        Assert.Equal(60, (await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.Id == id))).DurationMinutes);

        var fresh = await radnik.GetPageAsync(url);
        var action = fresh.QuerySelector($"form#correct-service-{id}")!.GetAttribute("action")!;
        factory.Clock.Advance(TimeSpan.FromHours(25));
        using var nextDayClient = await factory.Arrange.SignedInAsync("radnik");
        var late = await nextDayClient.PostWithTokenAsync(
            action,
            ("ServiceForm.TypeCode", "Psychological"),
            ("ServiceForm.On", fresh.QuerySelector<IHtmlInputElement>("#ServiceForm_On")!.Value),
            ("ServiceForm.DurationMinutes", "120"),
            ("ServiceForm.GivenBy", fresh.QuerySelector<IHtmlSelectElement>("#ServiceForm_GivenBy")!.Value!),
            ("ServiceForm.Version", fresh.QuerySelector<IHtmlInputElement>("#ServiceForm_Version")!.Value));
        var lockedPage = await TestClient.ParseAsync(late);
        Assert.Contains(Ui.Text("Services.Errors.Locked"), lockedPage.Body!.TextContent);
        Assert.Equal(60, (await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.Id == id))).DurationMinutes);

        // The correction that came too late is offered as what the message asks for: an amendment of this service, as typed.
        Assert.Null(lockedPage.QuerySelector($"form#correct-service-{id}"));
        Assert.Equal(id.ToString(), lockedPage.QuerySelector<IHtmlInputElement>("form#log-service-page input[name='ServiceForm.AmendsServiceId']")!.Value);
        Assert.Equal("120", lockedPage.QuerySelector<IHtmlInputElement>("#ServiceForm_DurationMinutes")!.Value);
        Assert.Null((await nextDayClient.GetPageAsync(url)).QuerySelector($"form#correct-service-{id}"));
        var amended = await nextDayClient.SubmitAsync(lockedPage, "form#log-service-page", new Dictionary<string, string> { ["ServiceForm.Note"] = "Dopuna: trajalo duže." });

        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var amendment = await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.AmendsServiceId == id));
        Assert.Equal((120, "Dopuna: trajalo duže."), (amendment.DurationMinutes, amendment.Note));
        Assert.Equal(60, (await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().SingleAsync(s => s.Id == id))).DurationMinutes);
    }

    [Fact]
    public async Task Management_sees_the_services_but_not_their_notes()
    {
        var file = await factory.Arrange.Case();
        var service = await AddAsync(file.Id, 1, "Poverljiv sadržaj razgovora.");
        using var management = await factory.Arrange.SignedInAsync("rukovodstvo");

        var list = await management.GetPageAsync($"/Cases/{file.Id}/Services");
        var casePage = await management.GetPageAsync($"/Cases/Details/{file.Id}");

        Assert.NotNull(list.QuerySelector($"#service-{service[0]}"));
        Assert.DoesNotContain("Poverljiv sadržaj", list.Body!.TextContent);
        Assert.DoesNotContain("Poverljiv sadržaj", casePage.Body!.TextContent);
        Assert.Null(list.QuerySelector("form#log-service-page"));
        Assert.Equal(Ui.Text("Services.All", 1), casePage.QuerySelector("#services-all")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_case_page_runs_as_many_sql_commands_with_200_services_as_with_2()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        using var counter = new SqlCommandCounter(factory.DatabasePath);
        await AddAsync(file.Id, 2);

        // The first view of a case in the bulk-view window counts the window; a view again only looks the case up.
        await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        counter.Reset();
        await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        var few = counter.Count;

        await AddAsync(file.Id, 198);
        counter.Reset();
        var page = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");

        Assert.True(few > 0);
        Assert.Equal(few, counter.Count);
        Assert.Contains(Ui.Text("Services.All", 200), page.QuerySelector("#services-all")!.TextContent);
    }

    [Fact]
    public async Task A_service_of_a_type_since_retired_keeps_its_label_in_the_readers_language_on_the_case_page_and_the_list()
    {
        var file = await factory.Arrange.Case();
        var service = (await AddAsync(file.Id, 1))[0];
        var legal = await factory.Arrange.RetireCodeAsync("ServiceType", "Legal");
        using var radnik = await factory.Arrange.SignedInAsync("radnik");

        var casePage = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        Assert.Contains(legal.LabelLatin, casePage.QuerySelector($"#services-panel #service-{service}")!.TextContent);
        await radnik.SubmitAsync(casePage, "form[action='/Language/Set']", submitName: "culture", submitValue: Cultures.English);
        var inEnglish = await radnik.GetPageAsync($"/Cases/Details/{file.Id}");
        var list = await radnik.GetPageAsync($"/Cases/{file.Id}/Services");

        Assert.Contains(legal.LabelEnglish, inEnglish.QuerySelector($"#services-panel #service-{service}")!.TextContent);
        Assert.Contains(legal.LabelEnglish, list.QuerySelector($"#service-{service}")!.TextContent);
        Assert.Equal(Ui.Text("Services.AllAndLog", 1), casePage.QuerySelector("#services-all")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_service_of_a_type_since_retired_is_corrected_and_amended_with_its_type_kept_and_no_other_service_takes_the_type()
    {
        var file = await factory.Arrange.Case();
        using var radnik = await factory.Arrange.SignedInAsync("radnik");
        var legal = Typed(note: "Pravni savet.");
        legal["ServiceForm.TypeCode"] = "Legal";
        await radnik.SubmitAsync(await radnik.GetPageAsync($"/Cases/{file.Id}/Services"), "form#log-service-page", legal);
        await radnik.SubmitAsync(await radnik.GetPageAsync($"/Cases/{file.Id}/Services"), "form#log-service-page", Typed());
        var logged = await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().Where(s => s.CaseId == file.Id).ToDictionaryAsync(s => s.TypeCode, s => s.Id));
        var old = (await AddAsync(file.Id, 1))[0];
        await factory.Arrange.RetireCodeAsync("ServiceType", "Legal");

        var edit = await radnik.GetPageAsync($"/Cases/{file.Id}/Services/{logged["Legal"]}");
        Assert.Equal("Legal", edit.QuerySelector<IHtmlSelectElement>("#ServiceForm_TypeCode")!.Value);
        var corrected = await radnik.SubmitAsync(edit, $"form#correct-service-{logged["Legal"]}", new Dictionary<string, string> { ["ServiceForm.DurationMinutes"] = "60" });
        var amendPage = await radnik.GetPageAsync($"/Cases/{file.Id}/Services/{old}");
        Assert.Equal("Legal", amendPage.QuerySelector<IHtmlSelectElement>("#ServiceForm_TypeCode")!.Value);
        var amended = await radnik.SubmitAsync(amendPage, "form#log-service-page", new Dictionary<string, string> { ["ServiceForm.Note"] = "Dopuna." });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var services = await factory.WithDbAsync(db => db.CaseServices.AsNoTracking().Where(s => s.CaseId == file.Id).ToListAsync());
        Assert.Equal(("Legal", 60), services.Where(s => s.Id == logged["Legal"]).Select(s => (s.TypeCode, s.DurationMinutes)).Single());
        Assert.Equal(("Legal", "Dopuna."), services.Where(s => s.AmendsServiceId == old).Select(s => (s.TypeCode, s.Note)).Single());

        // Retired for everything else: not offered for a new service, refused when posted for one or on another service's correction.
        var list = await radnik.GetPageAsync($"/Cases/{file.Id}/Services");
        Assert.DoesNotContain("Legal", list.Offered("#ServiceForm_TypeCode"));
        var added = await radnik.SubmitAsync(list, "form#log-service-page", legal);
        var retyped = await radnik.SubmitAsync(
            await radnik.GetPageAsync($"/Cases/{file.Id}/Services/{logged["Psychological"]}"), $"form#correct-service-{logged["Psychological"]}", new Dictionary<string, string> { ["ServiceForm.TypeCode"] = "Legal" });
        foreach (var refused in new[] { added, retyped })
        {
            var again = await TestClient.ParseAsync(refused);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(Ui.Text("Services.Errors.Type"), again.Body!.TextContent);
        }

        Assert.Equal(4, await factory.WithDbAsync(db => db.CaseServices.CountAsync(s => s.CaseId == file.Id)));
        Assert.Equal("Psychological", await factory.WithDbAsync(db => db.CaseServices.Where(s => s.Id == logged["Psychological"]).Select(s => s.TypeCode).SingleAsync()));
    }

    private async Task<List<Guid>> AddAsync(Guid caseId, int count, string? note = null)
    {
        var radnik = await factory.Arrange.UserIdAsync("radnik");
        var now = factory.Arrange.Now;
        var today = DateOnly.FromDateTime(now);
        return await factory.WithDbAsync(async db =>
        {
            var services = Enumerable.Range(0, count)
                .Select(i => CaseService.Log(caseId, new ServiceDetails(i % 2 == 0 ? "Legal" : "SocialCare", today.AddDays(-1 - (i % 30)), 30, StaffOrPartner.Staff(radnik), note), radnik, now.AddDays(-2), today))
                .ToList();
            db.CaseServices.AddRange(services);
            await db.SaveChangesAsync();
            return services.Select(s => s.Id).ToList();
        });
    }

    private string CentreToday() => TraffickingCare.Web.Infrastructure.Time.CentreClock.FormatDate(DateOnly.FromDateTime(TraffickingCare.Web.Infrastructure.Time.CentreClock.ToLocal(factory.Arrange.Now)));
}
