using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TraffickingCare.BrowserTests.Features.SupportWork.SupportWorkSteps;

namespace TraffickingCare.BrowserTests.Features.SupportWork;

/// <summary>
/// The support work of a case as a caseworker does it from the case page: services, field visits, the support network
/// and its ecomap, criminal proceedings and hearings, tasks, and what "Moj rad" shows of all of it the next morning.
/// </summary>
public sealed class SupportWorkTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string CaseworkerDisplayName = "Demo Stručni Radnik";
    private const string ColleagueDisplayName = "Demo Stručna Radnica";

    /// <summary>The demo partner directory has one institution of each sector in every municipality; these are Niš's.</summary>
    private const string Municipality = "RS-NIS";

    /// <summary>Synthetic texts, as a caseworker would write them.</summary>
    private const string ServiceNote = "Razgovor o planu podrške (sintetički).";
    private const string VisitOutcome = "Osoba je bezbedna i uključena u školu (sintetički).";
    private const string NextStep = "Dogovoriti pregled u domu zdravlja (sintetički)";
    private const string TaskTitle = "Pripremiti osobu za ročište (sintetički)";

    [Fact]
    public Task A_caseworker_logs_this_mornings_counselling_from_the_services_page_and_yesterdays_field_visit_with_a_next_step() =>
        RunAsync(nameof(A_caseworker_logs_this_mornings_counselling_from_the_services_page_and_yesterdays_field_visit_with_a_next_step), async page =>
        {
            var (caseId, caseCode, today) = await ArrangeCaseAsync("radnik");
            var counselling = await CodeLabelAsync("ServiceType", "SocialCare");
            var monitoring = await CodeLabelAsync("VisitPurpose", "Monitoring");
            await SignInAsync(page, "radnik");
            await SupportWorkSteps.OpenCaseAsync(page, caseId, caseCode);
            var panel = page.Locator("#services-panel");
            await Expect(panel.GetByText(Ui.Text("Services.Empty"), new() { Exact = true })).ToBeVisibleAsync();

            // The panel leads to the services page, whose form starts at today, given by the caseworker herself.
            await SupportWorkSteps.OpenServicesAsync(page, 0);
            var form = page.Locator("form#log-service-page");
            await Expect(form.GetByLabel(Ui.Text("Services.On"), new() { Exact = true })).ToHaveValueAsync(CentreClock.FormatDate(today));
            await Expect(form.GetByLabel(Ui.Text("Services.GivenBy"), new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync(CaseworkerDisplayName);
            await form.GetByLabel(Ui.Text("Services.Type"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = counselling });
            await form.GetByLabel(Ui.Text("Services.Duration"), new() { Exact = true }).FillAsync("45");
            await form.GetByLabel(Ui.Text("Services.Note"), new() { Exact = true }).FillAsync(ServiceNote);
            await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Services.Log"), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/{caseId}/Services$"));
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Services.Logged"));
            await page.AssertAccessibleAsync();

            // Back on the case page, the service is the first row of the panel.
            await SupportWorkSteps.OpenCaseAsync(page, caseId, caseCode);
            var rows = panel.Locator("#services-table tbody tr");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows.Locator("td")).ToHaveTextAsync(new[] { CentreClock.FormatDate(today), counselling, "45", CaseworkerDisplayName, ServiceNote, Ui.Text("Services.Correct") });
            await Expect(panel.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Services.AllAndLog", 1), Exact = true })).ToBeVisibleAsync();
            await Expect(panel.Locator("form")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();

            // Yesterday's field visit, recorded on the visits page, with a next step due tomorrow.
            var visit = new Visit(today.AddDays(-1), "Home", monitoring, CaseworkerDisplayName, VisitOutcome, NextStep, today.AddDays(1));
            await RecordVisitAsync(page, visit);
            var visits = page.Locator("#visits-panel #visits-list li");
            await Expect(visits).ToHaveCountAsync(1);
            await Expect(visits).ToContainTextAsync($"{CentreClock.FormatDate(visit.On)} · {Ui.Text("FieldVisits.Place.Home")} · {visit.Purpose}");
            await Expect(visits).ToContainTextAsync($"{Ui.Text("FieldVisits.Participants")}: {CaseworkerDisplayName}");
            await Expect(visits).ToContainTextAsync(VisitOutcome);
            await Expect(visits).ToContainTextAsync($"{Ui.Text("FieldVisits.NextStep")}: {NextStep} ({CentreClock.FormatDate(visit.NextStepOn)})");
            await Expect(page.Locator("#visits-panel").GetByRole(AriaRole.Link, new() { Name = Ui.Text("FieldVisits.AllAndRecord", 1), Exact = true })).ToBeVisibleAsync();

            // The service stays where it was.
            await Expect(rows).ToHaveCountAsync(1);
        });

    [Fact]
    public Task A_caseworker_builds_the_support_network_from_the_partner_directory_and_the_ecomap_marks_the_sectors_still_missing() =>
        RunAsync(nameof(A_caseworker_builds_the_support_network_from_the_partner_directory_and_the_ecomap_marks_the_sectors_still_missing), async page =>
        {
            var (caseId, caseCode, today) = await ArrangeCaseAsync("radnik");
            var partners = await PartnersAsync();
            await SignInAsync(page, "radnik");
            await SupportWorkSteps.OpenCaseAsync(page, caseId, caseCode);

            // Nobody in the network yet: every sector is missing.
            var ecomap = page.Locator("#network-panel #ecomap");
            await Expect(ecomap.Locator("g.ecomap-actor")).ToHaveCountAsync(0);
            await Expect(ecomap.Locator("g.ecomap-sector[data-missing=true]")).ToHaveCountAsync(Sectors.OfNetwork.Count);

            await OpenNetworkAsync(page);
            await AddActorAsync(page, partners[Sector.SocialProtection], await CodeLabelAsync("NetworkRole", "CaseManagement"), today);
            await AddActorAsync(page, partners[Sector.Education], await CodeLabelAsync("NetworkRole", "Schooling"), today);
            await BackToCaseFromNetworkAsync(page);

            // The picture on the case page: social protection and education are drawn, health and justice marked missing.
            await ExpectDrawnAsync(page, Sector.SocialProtection);
            await ExpectDrawnAsync(page, Sector.Education);
            await ExpectMissingAsync(page, Sector.Health);
            await ExpectMissingAsync(page, Sector.Justice);
            var missing = Sectors.OfNetwork.Where(s => s is not (Sector.SocialProtection or Sector.Education)).ToList();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = Ui.Text("Network.Ecomap.Title", caseCode) }))
                .ToHaveAccessibleNameAsync(EcomapName(caseCode, 2, missing));
            var table = page.Locator("#network-panel #network-table");
            await Expect(table.Locator("tr[data-missing-sector=Health]")).ToContainTextAsync(Ui.Text("Network.Missing"));
            await Expect(table.Locator("tr[data-sector=SocialProtection]")).ToContainTextAsync(partners[Sector.SocialProtection]);
            await Expect(table.Locator("tr[data-sector=Education]")).ToContainTextAsync(partners[Sector.Education]);

            // A health-sector actor joins: health is no longer missing; justice still is.
            await OpenNetworkAsync(page);
            await AddActorAsync(page, partners[Sector.Health], await CodeLabelAsync("NetworkRole", "HealthCare"), today);
            await BackToCaseFromNetworkAsync(page);
            await ExpectDrawnAsync(page, Sector.Health);
            await Expect(ecomap.Locator("g.ecomap-sector[data-sector=Health] .ecomap-missing")).ToHaveCountAsync(0);
            await Expect(table.Locator("tr[data-missing-sector=Health]")).ToHaveCountAsync(0);
            await ExpectMissingAsync(page, Sector.Justice);
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = Ui.Text("Network.Ecomap.Title", caseCode) }))
                .ToHaveAccessibleNameAsync(EcomapName(caseCode, 3, [.. missing.Where(s => s != Sector.Health)]));
        });

    [Fact]
    public Task A_caseworker_records_a_proceeding_with_a_lawyer_and_schedules_a_hearing_the_coordinator_finds_among_the_coming_hearings() =>
        RunAsync(nameof(A_caseworker_records_a_proceeding_with_a_lawyer_and_schedules_a_hearing_the_coordinator_finds_among_the_coming_hearings), async page =>
        {
            var (caseId, caseCode, today) = await ArrangeCaseAsync("radnik", "radnik2");
            var court = (await PartnersAsync())[Sector.Justice];
            var hearingOn = NextTuesday(today);
            await SignInAsync(page, "radnik");
            await SupportWorkSteps.OpenCaseAsync(page, caseId, caseCode);

            await OpenProceedingAsync(page, court, today);
            await Expect(page.Locator("#proceeding-summary")).ToContainTextAsync($"{Ui.Text("Common.Yes")} · {LawyerDescription}");
            await Expect(page.GetByText(Ui.Text("Proceedings.Hearings.None"), new() { Exact = true })).ToBeVisibleAsync();
            await ScheduleHearingAsync(page, court, hearingOn, ColleagueDisplayName);

            // The case page shows the proceeding with its lawyer and its next hearing.
            await page.Locator("#back-to-case").ClickAsync();
            await Expect(page.Locator("#case-code")).ToHaveTextAsync(caseCode);
            var proceeding = page.Locator("#proceedings-panel #proceedings tbody tr");
            await Expect(proceeding).ToHaveCountAsync(1);
            await Expect(proceeding.Locator("td")).ToHaveTextAsync(new[]
            {
                court, Ui.Text("Proceedings.Role.InjuredParty"), $"{Ui.Text("Proceedings.Stage.Investigation")} ({CentreClock.FormatDate(today)})",
                Ui.Text("Common.Yes"), $"{CentreClock.FormatDate(hearingOn)} {HearingTime}",
            });
            await page.AssertAccessibleAsync();

            await SignOutAsync(page);

            // The coordinator opens the hearings across cases and goes to the week of that Tuesday.
            await SignInAsync(page, "koordinator");
            await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = Ui.Text("Nav.Hearings"), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Hearings$"));
            await page.AssertAccessibleAsync();
            var weeksAhead = (WeekOf(hearingOn).DayNumber - WeekOf(today).DayNumber) / 7;
            for (var i = 0; i < weeksAhead; i++)
            {
                await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Common.Next"), Exact = true }).ClickAsync();
                await Expect(page.Locator("#calendar-period")).ToContainTextAsync(CentreClock.FormatDate(WeekOf(today).AddDays(7 * (i + 1))));
                await page.AssertAccessibleAsync();
            }

            var row = page.Locator("#calendar tbody tr").Filter(new() { HasTextString = caseCode });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator("td")).ToHaveTextAsync(new[]
            {
                $"{Ui.Text("Proceedings.Calendar.Day.Tuesday")} {CentreClock.FormatDate(hearingOn)} {HearingTime}", caseCode, court,
                Ui.Text("Proceedings.HearingKind.MainHearing"), $"{ColleagueDisplayName} · {Ui.Text("Proceedings.Hearings.Psychologist")}",
            });
        });

    [Fact]
    public Task The_next_morning_Moj_rad_shows_the_hearing_the_visits_next_step_a_contact_gone_stale_and_the_task() =>
        RunAsync(nameof(The_next_morning_Moj_rad_shows_the_hearing_the_visits_next_step_a_contact_gone_stale_and_the_task), async page =>
        {
            var (caseId, caseCode, today) = await ArrangeCaseAsync("radnik");
            var partners = await PartnersAsync();
            var staleDays = await ArrangeAsync(services => Task.FromResult(
                services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TraffickingCare.Web.Features.Network.NetworkOptions>>().Value.StaleContactDays));
            var hearingOn = NextTuesday(today);
            await SignInAsync(page, "radnik");
            await SupportWorkSteps.OpenCaseAsync(page, caseId, caseCode);

            // Today: a visit whose next step is due tomorrow, the centre for social work last heard from exactly
            // Support:StaleContactDays ago (still fresh today), a hearing she escorts, and a task for tomorrow.
            await RecordVisitAsync(page, new Visit(today.AddDays(-1), "Home", await CodeLabelAsync("VisitPurpose", "Monitoring"), CaseworkerDisplayName, VisitOutcome, NextStep, today.AddDays(1)));
            await OpenNetworkAsync(page);
            await AddActorAsync(page, partners[Sector.SocialProtection], await CodeLabelAsync("NetworkRole", "CaseManagement"), today.AddDays(-staleDays));
            await Expect(page.Locator("#network-table tr[data-sector=SocialProtection] [data-stale]")).ToHaveCountAsync(0);
            await BackToCaseFromNetworkAsync(page);
            await OpenProceedingAsync(page, partners[Sector.Justice], today);
            await ScheduleHearingAsync(page, partners[Sector.Justice], hearingOn, CaseworkerDisplayName);
            await page.Locator("#back-to-case").ClickAsync();
            await Expect(page.Locator("#case-code")).ToHaveTextAsync(caseCode);
            await page.AssertAccessibleAsync();
            await AddTaskAsync(page, TaskTitle, CaseworkerDisplayName, today.AddDays(1));

            // "Moj rad" today lists the three things coming, but no stale contact yet.
            var work = await OpenWorkAsync(page, caseCode);
            await Expect(work).ToHaveCountAsync(3);
            await Expect(work.Filter(new() { HasTextString = Ui.Text("Network.Work.StaleContact") })).ToHaveCountAsync(0);

            // The night passes; the session has ended, and she signs in again in the morning.
            var tomorrow = NextMorning(new TimeOnly(7, 30));
            await SignInAsync(page, "radnik");
            await page.AssertAccessibleAsync();
            work = await OpenWorkAsync(page, caseCode);
            await Expect(work).ToHaveCountAsync(4);

            var hearingAt = $"{CentreClock.FormatDate(hearingOn)} {HearingTime}";
            var hearingTitle = Ui.Text("Proceedings.Work.HearingEscort", Ui.Text("Proceedings.HearingKind.MainHearing"), partners[Sector.Justice]);
            await ExpectWorkAsync(work, Ui.Text("Proceedings.Work.Hearing"), hearingAt, hearingTitle, caseCode);
            await ExpectWorkAsync(
                work, Ui.Text("FieldVisits.WorkKind"), CentreClock.FormatDate(tomorrow), Ui.Text("FieldVisits.WorkTitle", CentreClock.FormatDate(today.AddDays(-1))), caseCode);
            await ExpectWorkAsync(
                work, Ui.Text("Network.Work.StaleContact"), CentreClock.FormatDate(tomorrow),
                Ui.Text("Network.Work.StaleTitle", partners[Sector.SocialProtection], Ui.Text("Network.Sector.SocialProtection")), caseCode);
            await ExpectWorkAsync(work, Ui.Text("Work.Kind.Task"), CentreClock.FormatDate(tomorrow), TaskTitle, caseCode);

            // The stale contact leads to the network, where the contact is now marked stale.
            await work.Filter(new() { HasTextString = Ui.Text("Network.Work.StaleContact") }).GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/{caseId}/Network$"));
            await Expect(page.Locator("#network-table tr[data-sector=SocialProtection] [data-stale=true]")).ToHaveTextAsync(Ui.Text("Network.Stale"));
            await page.AssertAccessibleAsync();
        });

    private static ILocator MainNavigation(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = Ui.Text("Layout.MainNavigation"), Exact = true });

    /// <summary>"Moj rad" from the menu; its rows of this case.</summary>
    private static async Task<ILocator> OpenWorkAsync(IPage page, string caseCode)
    {
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = Ui.Text("Nav.Work"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Work$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Ui.Text("Work.Title"), Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        return page.Locator("#work-list tbody tr").Filter(new() { Has = page.Locator("td:nth-child(4)", new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(caseCode)}\\s*$") }) });
    }

    /// <summary>One row of "Moj rad": its due date, kind, what and case, as the columns show them.</summary>
    private static async Task ExpectWorkAsync(ILocator rows, string kind, string due, string what, string caseCode)
    {
        var row = rows.Filter(new() { Has = rows.Page.Locator("td:nth-child(2)", new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(kind)}\\s*$") }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync(due);
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(what);
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(caseCode);
    }

    private static async Task ExpectMissingAsync(IPage page, Sector sector)
    {
        var drawn = page.Locator($"#network-panel #ecomap g.ecomap-sector[data-sector={sector}]");
        await Expect(drawn.Locator(".ecomap-missing")).ToBeVisibleAsync();
        await Expect(drawn.Locator(".ecomap-missing")).ToContainTextAsync(Ui.Text("Network.Missing"));
        await Expect(drawn).ToContainTextAsync(Ui.Text("Network.Sector." + sector));
    }

    private static async Task ExpectDrawnAsync(IPage page, Sector sector)
    {
        await Expect(page.Locator($"#network-panel #ecomap g.ecomap-actor[data-sector={sector}]")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#network-panel #ecomap g.ecomap-sector[data-sector={sector}] .ecomap-missing")).ToHaveCountAsync(0);
    }

    /// <summary>The ecomap's accessible name: its title and its description (what a screen reader hears).</summary>
    private static string EcomapName(string caseCode, int active, IReadOnlyList<Sector> missing) =>
        Ui.Text("Network.Ecomap.Title", caseCode) + " "
        + Ui.Text("Network.Ecomap.Description", active, string.Join(", ", missing.Select(s => Ui.Text("Network.Sector." + s))), 0);

    /// <summary>The Monday of the calendar week of <paramref name="day"/>.</summary>
    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>A code list's label in Serbian Latin, as the forms offer it (code lists live in the database, not in the resources).</summary>
    private Task<string> CodeLabelAsync(string list, string code) =>
        ArrangeAsync(services => services.GetRequiredService<AppDbContext>().CodeListItems.AsNoTracking()
            .Where(c => c.List == list && c.Code == code).Select(c => c.LabelLatin).SingleAsync());

    /// <summary>The institutions of Niš in the demo partner directory, by sector.</summary>
    private Task<IReadOnlyDictionary<Sector, string>> PartnersAsync() =>
        ArrangeAsync<IReadOnlyDictionary<Sector, string>>(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var names = await db.Partners.AsNoTracking()
                .Where(p => p.MunicipalityCode == Municipality && p.MergedIntoId == null)
                .OrderBy(p => p.Name)
                .Select(p => new { p.Sector, p.Name })
                .ToListAsync();
            var bySector = names.GroupBy(p => p.Sector).ToDictionary(g => g.Key, g => g.First().Name);
            Assert.True(
                new[] { Sector.SocialProtection, Sector.Education, Sector.Health, Sector.Justice }.All(bySector.ContainsKey),
                "The demo partner directory (Seed:DemoReferrals) should hold Niš's centre for social work, school, health centre and court.");
            return bySector;
        });
}
