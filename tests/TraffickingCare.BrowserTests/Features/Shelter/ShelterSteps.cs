using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Shelter;

/// <summary>
/// What shelter staff and the coordinator do on the shelter's pages, as a user does it: controls found by their labels
/// and roles, a check of what the page says back, and axe on every page reached.
/// </summary>
public static class ShelterSteps
{
    /// <summary>The occupancy board from the main menu.</summary>
    public static async Task OpenBoardAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = Ui.Text("Layout.MainNavigation"), Exact = true })
            .GetByRole(AriaRole.Link, new() { Name = Ui.Text("Nav.Shelter"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Shelter$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Ui.Text("Shelter.Board.Title"), Exact = true, Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// The board's row of a bed named as the admission form names it ("unit · room · bed"): the unit's table, the row whose
    /// room and bed columns say so.
    /// </summary>
    public static ILocator BedRow(IPage page, string bed)
    {
        var parts = bed.Split(" · ");
        var unit = page.GetByRole(AriaRole.Region, new() { Name = parts[0], Exact = true });
        return unit.Locator("tbody tr")
            .Filter(new() { Has = page.Locator("td:nth-child(1)", new() { HasTextRegex = Whole(parts[1]) }) })
            .Filter(new() { Has = page.Locator("td:nth-child(2)", new() { HasTextRegex = Whole(parts[2]) }) });
    }

    /// <summary>
    /// From the board: the admission form, the person admitted by her case code into the first free bed it offers, at
    /// the date and time it proposes (now). Lands on her shelter file; returns the bed as the form named it.
    /// </summary>
    public static async Task<string> AdmitAsync(IPage page, string caseCode, string referredBy, DateOnly today)
    {
        await page.Locator("#admit-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Shelter/Admit$"));
        await page.AssertAccessibleAsync();

        var form = page.Locator("form#admit");
        await Expect(form.GetByLabel(Ui.Text("Shelter.Admit.On"), new() { Exact = true })).ToHaveValueAsync(CentreClock.FormatDate(today));
        await form.GetByLabel(Ui.Text("Shelter.Admit.CaseCode"), new() { Exact = true }).FillAsync(caseCode);
        await form.GetByLabel(Ui.Text("Shelter.Admit.ReferredBy"), new() { Exact = true }).FillAsync(referredBy);
        var beds = form.GetByLabel(Ui.Text("Shelter.Bed"), new() { Exact = true });
        var bed = (await beds.Locator("option:not([value=''])").First.TextContentAsync())!.Trim();
        await beds.SelectOptionAsync(new SelectOptionValue { Label = bed });
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Shelter.Admit.Submit"), Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Shelter/Placements/[0-9a-f-]{36}$"));
        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Shelter.Admit.Done"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Ui.Text("Shelter.Placement.Title", caseCode), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#plan-phase")).ToHaveTextAsync(Ui.Text("Shelter.Phase.Stabilisation"));
        await Expect(page.Locator("#placement-beds li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#placement-beds li")).ToContainTextAsync(string.Join(" · ", bed.Split(" · ").Skip(1)));
        await page.AssertAccessibleAsync();
        return bed;
    }

    /// <summary>On the shelter file: a goal of the stabilisation phase, listed in that phase's table as planned.</summary>
    public static async Task AddStabilisationGoalAsync(IPage page, Goal goal)
    {
        await page.Locator("#plan summary").Filter(new() { HasTextString = Ui.Text("Shelter.Goal.Add") }).ClickAsync();
        var form = page.Locator("form#add-goal");
        await form.GetByLabel(Ui.Text("Shelter.Goal.Phase"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Shelter.Phase.Stabilisation") });
        await form.GetByLabel(Ui.Text("Shelter.Goal.Area"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Shelter.GoalArea." + goal.Area) });
        await form.GetByLabel(Ui.Text("Shelter.Goal.Description"), new() { Exact = true }).FillAsync(goal.Description);
        await form.GetByLabel(Ui.Text("Shelter.Goal.Activities"), new() { Exact = true }).FillAsync(goal.Activities);
        await form.GetByLabel(Ui.Text("Shelter.Goal.Responsible"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = goal.Responsible });
        await form.GetByLabel(Ui.Text("Shelter.Goal.TargetOn"), new() { Exact = true }).FillAsync(CentreClock.FormatDate(goal.TargetOn));
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Shelter.Goal.AddSubmit"), Exact = true }).ClickAsync();

        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Shelter.Goal.Added"));
        var row = page.Locator("#goals-table-Stabilisation tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync(Ui.Text("Shelter.GoalArea." + goal.Area));
        await Expect(row.Locator("td").Nth(1).GetByRole(AriaRole.Link)).ToHaveTextAsync(goal.Description);
        await Expect(row.Locator("td").Nth(1)).ToContainTextAsync(goal.Activities);
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(goal.Responsible);
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(CentreClock.FormatDate(goal.TargetOn));
        await Expect(row.Locator("td").Nth(4)).ToHaveTextAsync(Ui.Text("Shelter.GoalStatus.Planned"));
        await page.AssertAccessibleAsync();
    }

    /// <summary>On the shelter file: a progress note, listed first and signed by <paramref name="author"/>.</summary>
    public static async Task AddProgressNoteAsync(IPage page, string text, string author)
    {
        await Expect(page.GetByText(Ui.Text("Shelter.Notes.Empty"), new() { Exact = true })).ToBeVisibleAsync();
        var form = page.Locator("form#add-note");
        await form.GetByLabel(Ui.Text("Shelter.Notes.Text"), new() { Exact = true }).FillAsync(text);
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Shelter.Notes.Submit"), Exact = true }).ClickAsync();

        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Shelter.Notes.Added"));
        await Expect(page.Locator("#notes-title")).ToContainTextAsync(Ui.Text("Shelter.Notes.Count", 1));
        var note = page.Locator("#progress-notes li");
        await Expect(note).ToHaveCountAsync(1);
        await Expect(note.Locator("p").Nth(0)).ToContainTextAsync(Ui.Text("Shelter.Notes.Byline", author, string.Empty).TrimEnd(' ', ','));
        await Expect(note.Locator("p").Nth(1)).ToHaveTextAsync(text);
        await page.AssertAccessibleAsync();
    }

    /// <summary>From the shelter file: the proposal page, the stabilisation goals shown for review, the move to phase 2 proposed.</summary>
    public static async Task ProposeRecoveryAsync(IPage page, string caseCode, Goal goal, string review)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Shelter.PhaseChange.Propose"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Shelter/Placements/[0-9a-f-]{36}/Phase/Propose$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Ui.Text("Shelter.PhaseChange.Title", caseCode), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#current-phase")).ToHaveTextAsync(Ui.Text("Shelter.Phase.Stabilisation"));
        await Expect(page.Locator("#propose-goals tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#propose-goals tbody tr")).ToContainTextAsync(goal.Description);
        await page.AssertAccessibleAsync();

        var form = page.Locator("form#propose");
        await form.GetByLabel(Ui.Text("Shelter.PhaseChange.To"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Shelter.Phase.Recovery") });
        await form.GetByLabel(Ui.Text("Shelter.PhaseChange.Review"), new() { Exact = true }).FillAsync(review);
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Shelter.PhaseChange.Submit"), Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Shelter/Placements/[0-9a-f-]{36}$"));
        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Shelter.PhaseChange.Proposed"));
        await Expect(page.Locator("#pending-proposal h3")).ToHaveTextAsync(
            Ui.Text("Shelter.PhaseChange.Pending", Ui.Text("Shelter.Phase.Stabilisation"), Ui.Text("Shelter.Phase.Recovery")));
        await Expect(page.Locator("#pending-proposal")).ToContainTextAsync(review);
        await Expect(page.Locator("#plan-phase")).ToHaveTextAsync(Ui.Text("Shelter.Phase.Stabilisation"));
        await page.AssertAccessibleAsync();
    }

    private static Regex Whole(string text) => new($"^\\s*{Regex.Escape(text)}\\s*$");

    /// <summary>A goal of the plan as typed; the texts are synthetic.</summary>
    public sealed record Goal(string Area, string Description, string Activities, string Responsible, DateOnly TargetOn);
}
