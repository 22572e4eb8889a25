using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static TraffickingCare.BrowserTests.Features.Shelter.ShelterSteps;

namespace TraffickingCare.BrowserTests.Features.Shelter;

/// <summary>
/// The shelter's three-phase programme as shelter staff and the coordinator live it: the occupancy board, an admission
/// from a case, the individual plan and a progress note, the move to phase 2 proposed by staff and approved by the
/// coordinator (four eyes), and the exit to independent living.
/// </summary>
public sealed class ShelterTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string StaffDisplayName = "Demo Prihvatilište";
    private const string CoordinatorDisplayName = "Demo Koordinator";

    /// <summary>Synthetic texts, as shelter staff would write them.</summary>
    private const string ReferredBy = "Tim Centra (sintetički)";
    private const string Note = "Prva noć mirna; upoznala se sa cimerkom i pravilima kuće (sintetički).";
    private const string Review = "Lekarski pregled zakazan i obavljen, terapija uredno uzima (sintetički).";
    private const string ExitReason = "Zaposlena je i iznajmila stan (sintetički).";

    [Fact]
    public Task Shelter_staff_admit_a_referred_woman_plan_her_stabilisation_the_coordinator_approves_phase_2_and_she_leaves_for_independent_living() =>
        RunAsync(nameof(Shelter_staff_admit_a_referred_woman_plan_her_stabilisation_the_coordinator_approves_phase_2_and_she_leaves_for_independent_living), async page =>
        {
            // The case's team has referred her to the shelter and given the staff her case code.
            var (_, caseCode, today) = await ArrangeCaseAsync("radnik");
            var goal = new Goal("Health", "Lekarski pregled i potrebna terapija (sintetički)", "Zakazati pregled u domu zdravlja (sintetički)", StaffDisplayName, today.AddDays(14));

            // Shelter staff's home page leads to the board.
            await SignInAsync(page, "prihvatiliste");
            await Expect(page.Locator($"#shelter-counts-{Roles.ShelterStaff}")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await page.Locator($"#shelter-board-link-{Roles.ShelterStaff}").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Shelter$"));
            await page.AssertAccessibleAsync();
            var (occupied, free, outOfUse) = await CountBedsAsync(page);
            Assert.True(free > 0, "The demo shelter should have a free bed.");
            await Expect(page.Locator("#board-counts")).ToHaveTextAsync(Ui.Text("Shelter.Board.Counts", occupied, free, outOfUse));

            // Admission into a free bed; the board shows the bed taken by her, in stabilisation, on her first day.
            var bed = await AdmitAsync(page, caseCode, ReferredBy, today);
            await Expect(page.Locator("#placement-summary")).ToContainTextAsync(ReferredBy);
            await OpenBoardAsync(page);
            await Expect(page.Locator("#board-counts")).ToHaveTextAsync(Ui.Text("Shelter.Board.Counts", occupied + 1, free - 1, outOfUse));
            var row = BedRow(page, bed);
            await Expect(row.Locator("td")).ToHaveTextAsync(new[]
            {
                bed.Split(" · ")[1], bed.Split(" · ")[2], caseCode, Ui.Text("Shelter.Phase.Stabilisation"), Ui.Text("Shelter.Board.Day", 1, CentreClock.FormatDate(today)),
            });

            // Her individual plan: a goal of the stabilisation phase and the first progress note; then the proposal of phase 2.
            await OpenFromBoardAsync(page, row, caseCode);
            await AddStabilisationGoalAsync(page, goal);
            await AddProgressNoteAsync(page, Note, StaffDisplayName);
            await ProposeRecoveryAsync(page, caseCode, goal, Review);
            await OpenBoardAsync(page);
            await Expect(row.Locator(".phase-pending")).ToHaveTextAsync(Ui.Text("Shelter.Board.PhasePending"));
            await SignOutAsync(page);

            // The coordinator finds the proposal waiting on her home page and approves it.
            await SignInAsync(page, "koordinator");
            var waiting = page.Locator($"#shelter-pending-{Roles.Coordinator} li").Filter(new() { HasTextString = caseCode });
            await Expect(waiting).ToContainTextAsync(Ui.Text("Shelter.Phase.Recovery"));
            await page.AssertAccessibleAsync();
            await waiting.GetByRole(AriaRole.Link, new() { Name = caseCode, Exact = true }).ClickAsync();
            await Expect(page.Locator("#pending-proposal")).ToContainTextAsync(Ui.Text("Shelter.PhaseChange.ProposedBy", StaffDisplayName, string.Empty).TrimEnd(' ', ','));
            await Expect(page.Locator("#pending-proposal")).ToContainTextAsync(Review);
            await page.AssertAccessibleAsync();
            await page.Locator("#approve-phase").GetByRole(AriaRole.Button, new() { Name = Ui.Text("Shelter.PhaseChange.Approve"), Exact = true }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Shelter.PhaseChange.Approved"));
            await Expect(page.Locator("#plan-phase")).ToHaveTextAsync(Ui.Text("Shelter.Phase.Recovery"));
            await Expect(page.Locator("#pending-proposal")).ToHaveCountAsync(0);
            var history = page.Locator("#phase-history li");
            await Expect(history).ToHaveCountAsync(2);
            await Expect(history.Nth(1)).ToContainTextAsync(Ui.Text("Shelter.PhaseChangeStatus.Approved"));
            await Expect(history.Nth(1)).ToContainTextAsync(CoordinatorDisplayName);
            await page.AssertAccessibleAsync();
            await SignOutAsync(page);

            // Shelter staff see phase 2 on the board.
            await SignInAsync(page, "prihvatiliste");
            await OpenBoardAsync(page);
            await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(Ui.Text("Shelter.Phase.Recovery"));
            await Expect(row.Locator(".phase-pending")).ToHaveCountAsync(0);

            // The next morning (her second day) she leaves for independent living; the bed is free again.
            var tomorrow = NextMorning(new TimeOnly(9, 0));
            await SignInAsync(page, "prihvatiliste");
            await OpenBoardAsync(page);
            await Expect(row.Locator("td").Nth(4)).ToHaveTextAsync(Ui.Text("Shelter.Board.Day", 2, CentreClock.FormatDate(today)));
            await OpenFromBoardAsync(page, row, caseCode);
            var exit = page.Locator("form#exit");
            await Expect(exit.GetByLabel(Ui.Text("Shelter.Exit.On"), new() { Exact = true })).ToHaveValueAsync(CentreClock.FormatDate(tomorrow));
            await Expect(exit.GetByLabel(Ui.Text("Shelter.Exit.At"), new() { Exact = true })).ToHaveValueAsync("09:00");
            await exit.GetByLabel(Ui.Text("Shelter.Exit.Destination"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Ui.Text("Shelter.Destination.IndependentLiving") });
            await exit.GetByLabel(Ui.Text("Shelter.Exit.Reason"), new() { Exact = true }).FillAsync(ExitReason);
            await exit.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Shelter.Exit.Submit"), Exact = true }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Shelter.Exit.Done"));
            await Expect(page.Locator("#placement-exit")).ToHaveTextAsync($"{CentreClock.FormatDate(tomorrow)} 09:00 – {Ui.Text("Shelter.Destination.IndependentLiving")}");
            await Expect(page.Locator("#placement-summary")).ToContainTextAsync(ExitReason);
            await Expect(page.Locator("form#exit")).ToHaveCountAsync(0);
            await Expect(page.Locator("#plan-phase")).ToHaveTextAsync(Ui.Text("Shelter.Phase.Recovery"));
            await page.AssertAccessibleAsync();

            await OpenBoardAsync(page);
            await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(Ui.Text("Shelter.Board.Free"));
            await Expect(page.Locator("#board-counts")).ToHaveTextAsync(Ui.Text("Shelter.Board.Counts", occupied, free, outOfUse));
        });

    /// <summary>Occupied, free and out-of-use beds as the board's rows show them (every unit).</summary>
    private static async Task<(int Occupied, int Free, int OutOfUse)> CountBedsAsync(IPage page)
    {
        var rows = page.Locator("main table tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var total = await rows.CountAsync();
        var free = await rows.Filter(new() { Has = page.Locator("td[colspan]", new() { HasTextString = Ui.Text("Shelter.Board.Free") }) }).CountAsync();
        var outOfUse = await rows.Filter(new() { Has = page.Locator("td[colspan]", new() { HasTextString = Ui.Text("Shelter.Board.OutOfUse") }) }).CountAsync();
        return (total - free - outOfUse, free, outOfUse);
    }

    /// <summary>From the board: her shelter file, through the case code in her bed's row.</summary>
    private static async Task OpenFromBoardAsync(IPage page, ILocator row, string caseCode)
    {
        await row.GetByRole(AriaRole.Link, new() { Name = caseCode, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Shelter/Placements/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Ui.Text("Shelter.Placement.Title", caseCode), Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
