using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.SupportWork;

/// <summary>
/// What a caseworker does from a case page, as a user does it: controls found by their labels and roles (so a
/// step also proves the form is labelled), a check of what the page says back, and axe on every page reached.
/// </summary>
public static class SupportWorkSteps
{
    /// <summary>Opens the case page and waits for its code.</summary>
    public static async Task OpenCaseAsync(IPage page, Guid caseId, string caseCode)
    {
        await page.GotoAsync($"/Cases/Details/{caseId}");
        await Expect(page.Locator("#case-code")).ToHaveTextAsync(caseCode);
        await page.AssertAccessibleAsync();
    }

    /// <summary>From the case page (its services panel, the case holding <paramref name="logged"/> services) to the services page, where the team logs one.</summary>
    public static async Task OpenServicesAsync(IPage page, int logged)
    {
        await page.Locator("#services-panel").GetByRole(AriaRole.Link, new() { Name = Ui.Text("Services.AllAndLog", logged), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/[0-9a-f-]{36}/Services$"));
        await page.AssertAccessibleAsync();
    }

    /// <summary>From the case page: the visits page, a visit recorded there, and back to the case.</summary>
    public static async Task RecordVisitAsync(IPage page, Visit visit)
    {
        await page.Locator("#visits-panel").GetByRole(AriaRole.Link, new() { Name = Ui.Text("FieldVisits.AllAndRecord", 0), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/[0-9a-f-]{36}/FieldVisits$"));
        await page.AssertAccessibleAsync();

        var form = page.Locator("form#record-visit");
        await form.GetByLabel(Ui.Text("FieldVisits.On"), new() { Exact = true }).FillAsync(CentreClock.FormatDate(visit.On));
        await form.GetByLabel(Ui.Text("FieldVisits.Place"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("FieldVisits.Place." + visit.Place) });
        await form.GetByLabel(Ui.Text("FieldVisits.Purpose"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = visit.Purpose });
        await form.GetByRole(AriaRole.Group, new() { Name = Ui.Text("FieldVisits.Participants"), Exact = true })
            .GetByLabel($"{visit.Participant} ({Ui.Text("Support.Staff")})", new() { Exact = true }).CheckAsync();
        await form.GetByLabel(Ui.Text("FieldVisits.Outcome"), new() { Exact = true }).FillAsync(visit.Outcome);
        await form.GetByLabel(Ui.Text("FieldVisits.NextStep"), new() { Exact = true }).FillAsync(visit.NextStep);
        await form.GetByLabel(Ui.Text("FieldVisits.NextStepOn"), new() { Exact = true }).FillAsync(CentreClock.FormatDate(visit.NextStepOn));
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("FieldVisits.Record"), Exact = true }).ClickAsync();

        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("FieldVisits.Recorded"));
        await Expect(page.Locator("#visits-count")).ToHaveTextAsync(Ui.Text("FieldVisits.Count", 1));
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("FieldVisits.BackToCase"), Exact = true }).ClickAsync();
        await Expect(page.Locator("#case-code")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>From the case page to the network's own page.</summary>
    public static async Task OpenNetworkAsync(IPage page)
    {
        await page.Locator("#network-panel").GetByRole(AriaRole.Link, new() { Name = Ui.Text("Network.Manage"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/[0-9a-f-]{36}/Network$"));
        await page.AssertAccessibleAsync();
    }

    /// <summary>On the network page: an institution from the partner directory joins the network, in its own sector.</summary>
    public static async Task AddActorAsync(IPage page, string partner, string role, DateOnly? lastContact)
    {
        var form = page.Locator("form#add-actor");
        await form.GetByLabel(Ui.Text("Network.Partner"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = partner });
        await form.GetByLabel(Ui.Text("Network.Role"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = role });
        if (lastContact is { } on)
        {
            await form.GetByLabel(Ui.Text("Network.LastContactOn"), new() { Exact = true }).FillAsync(CentreClock.FormatDate(on));
        }

        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Network.AddSubmit"), Exact = true }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Network.Added"));
        await Expect(page.Locator("#network-table tbody tr").Filter(new() { HasTextString = partner })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
    }

    /// <summary>From the network page back to the case page.</summary>
    public static async Task BackToCaseFromNetworkAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Network.BackToCase"), Exact = true }).ClickAsync();
        await Expect(page.Locator("#case-code")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// From the case page: a criminal proceeding before <paramref name="court"/> in which the person is the injured party
    /// and a lawyer is engaged; lands on the proceeding's page.
    /// </summary>
    public static async Task OpenProceedingAsync(IPage page, string court, DateOnly today)
    {
        await page.Locator("#proceedings-panel").GetByRole(AriaRole.Link, new() { Name = Ui.Text("Proceedings.Manage"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/[0-9a-f-]{36}/Proceedings$"));
        await Expect(page.GetByText(Ui.Text("Proceedings.None"), new() { Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var form = page.Locator("form#proceeding-open-form");
        await form.GetByLabel(Ui.Text("Proceedings.Authority"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = court });
        await form.GetByLabel(Ui.Text("Proceedings.CaseNumber"), new() { Exact = true }).FillAsync("KT 1/26 (sintetički)");
        await form.GetByLabel(Ui.Text("Proceedings.Role"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Proceedings.Role.InjuredParty") });
        await form.GetByLabel(Ui.Text("Proceedings.LawyerEngaged"), new() { Exact = true }).CheckAsync();
        await form.GetByLabel(Ui.Text("Proceedings.LawyerDescription"), new() { Exact = true }).FillAsync(LawyerDescription);
        await form.GetByLabel(Ui.Text("Proceedings.Stage"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Proceedings.Stage.Investigation") });
        await form.GetByLabel(Ui.Text("Proceedings.StageSince"), new() { Exact = true }).FillAsync(CentreClock.FormatDate(today));
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Proceedings.Open"), Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Proceedings/[0-9a-f-]{36}$"));
        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Proceedings.Opened"));
        await Expect(page.Locator("#current-stage")).ToHaveTextAsync($"{Ui.Text("Proceedings.Stage.Investigation")} ({CentreClock.FormatDate(today)})");
        await page.AssertAccessibleAsync();
    }

    /// <summary>On the proceeding's page: a main hearing at 10:00 before <paramref name="court"/>, a staff escort and a psychologist.</summary>
    public static async Task ScheduleHearingAsync(IPage page, string court, DateOnly on, string escort)
    {
        var form = page.Locator("form#hearing-form");
        await form.GetByLabel(Ui.Text("Proceedings.Hearings.Date"), new() { Exact = true }).FillAsync(CentreClock.FormatDate(on));
        await form.GetByLabel(Ui.Text("Proceedings.Hearings.Time"), new() { Exact = true }).FillAsync(HearingTime);
        await form.GetByLabel(Ui.Text("Proceedings.Hearings.Court"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = court });
        await form.GetByLabel(Ui.Text("Proceedings.Hearings.Kind"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Proceedings.HearingKind.MainHearing") });
        await form.GetByLabel(Ui.Text("Proceedings.Hearings.EscortUser"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = escort });
        await form.GetByLabel(Ui.Text("Proceedings.Hearings.Psychologist"), new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Proceedings.Hearings.Schedule"), Exact = true }).ClickAsync();

        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Proceedings.Hearings.Scheduled"));
        var hearing = page.Locator("#hearings li");
        await Expect(hearing).ToHaveCountAsync(1);
        await Expect(hearing).ToContainTextAsync($"{CentreClock.FormatDate(on)} {HearingTime}");
        await Expect(hearing).ToContainTextAsync(court);
        await Expect(hearing).ToContainTextAsync($"{Ui.Text("Proceedings.Hearings.Escort")}: {escort}");
        await Expect(hearing).ToContainTextAsync(Ui.Text("Proceedings.Hearings.Psychologist"));
        await page.AssertAccessibleAsync();
    }

    /// <summary>On the case page: a task for <paramref name="assignee"/> due on <paramref name="due"/>.</summary>
    public static async Task AddTaskAsync(IPage page, string title, string assignee, DateOnly due)
    {
        var form = page.Locator("form#case-task-form");
        await form.GetByLabel(Ui.Text("Work.Task.Title"), new() { Exact = true }).FillAsync(title);
        await form.GetByLabel(Ui.Text("Work.Task.Assignee"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = assignee });
        await form.GetByLabel(Ui.Text("Work.Task.DueOn"), new() { Exact = true }).FillAsync(CentreClock.FormatDate(due));
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Work.Task.Save"), Exact = true }).ClickAsync();

        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Work.Task.Added"));
        var task = page.Locator("#case-task-list li").Filter(new() { HasTextString = title });
        await Expect(task).ToHaveCountAsync(1);
        await Expect(task).ToContainTextAsync($"{assignee}, {CentreClock.FormatDate(due)}");
        await page.AssertAccessibleAsync();
    }

    /// <summary>The first Tuesday after <paramref name="today"/>: "next Tuesday".</summary>
    public static DateOnly NextTuesday(DateOnly today)
    {
        var days = ((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days);
    }

    public const string HearingTime = "10:00";

    /// <summary>Synthetic; the lawyer is described, never named.</summary>
    public const string LawyerDescription = "Advokat po punomoćju (sintetički)";

    /// <summary>A field visit as typed; the texts are synthetic.</summary>
    public sealed record Visit(DateOnly On, string Place, string Purpose, string Participant, string Outcome, string NextStep, DateOnly NextStepOn);
}
