using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Cases;

/// <summary>
/// The coordinator's team picker on the case page of a large centre (more than <see cref="CaseworkerOptionsQuery.ListedUpTo"/>
/// caseworker accounts): no caseworker is listed until a name is searched, and one found is added to the team; then
/// the same search on Moj rad's task form, in the referral register's assignee filter and for a training's trainers.
/// </summary>
/// <remarks>
/// The browser tests share one app: the accounts made here lose their role at the end, pass or fail, so the centre
/// is a small one again for the tests that follow.
/// </remarks>
public sealed class CaseTeamPickerBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string CaseworkerDisplayName = "Demo Stručni Radnik";

    [Fact]
    public Task In_a_large_centre_the_coordinator_finds_a_caseworker_by_name_and_adds_that_caseworker_to_the_case_team() =>
        RunAsync(nameof(In_a_large_centre_the_coordinator_finds_a_caseworker_by_name_and_adds_that_caseworker_to_the_case_team), async page =>
        {
            // Synthetic accounts: enough caseworkers for a large centre, one of them with a name to find.
            var run = Guid.NewGuid().ToString("N")[..8];
            var star = $"zvezda-{run}";
            var starName = $"Test {star}";
            var (caseId, caseCode, _) = await ArrangeCaseAsync("radnik");
            var made = new List<string>();
            for (var i = 0; i < CaseworkerOptionsQuery.ListedUpTo; i++)
            {
                made.Add(await CaseworkerAsync($"tim-{run}-{i:00}"));
            }

            var starId = await CaseworkerAsync(star);
            made.Add(starId);
            try
            {
                await FindAndAddAsync(page, caseId, caseCode, star, starName, starId);
                await FindOnWorkAndInTheRegisterAsync(page, star, starName, starId);
                await FindATrainerAsync(page, star, starName);
            }
            finally
            {
                // The browser tests share one app: the centre goes back to its size, so the pickers of the tests
                // that follow (triage, Moj rad) list every caseworker again.
                await ArrangeAsync(async services =>
                {
                    var users = services.GetRequiredService<UserManager<AppUser>>();
                    foreach (var id in made)
                    {
                        Assert.True((await users.RemoveFromRoleAsync((await users.FindByIdAsync(id))!, Roles.Caseworker)).Succeeded);
                    }

                    return true;
                });
            }
        });

    private async Task FindAndAddAsync(IPage page, Guid caseId, string caseCode, string star, string starName, string starId)
    {
        await SignInAsync(page, "koordinator");
        await page.GotoAsync($"/Cases/Details/{caseId}");
        await Expect(page.Locator("#case-code")).ToHaveTextAsync(caseCode);
        await page.AssertAccessibleAsync();

        // The case page leads to the team page, where the case is staffed.
        await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Cases.Team.Manage"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Team/{caseId}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Ui.Text("Cases.Team.Title"), Exact = true })).ToHaveCountAsync(1);
        var card = page.Locator("main");
        await page.AssertAccessibleAsync();

        // Before a search: the hint says what to type, and the picker offers the case's team alone.
        var find = card.Locator("form#team-find-form");
        var search = find.GetByLabel(Ui.Text("Caseworkers.Find"), new() { Exact = true });
        await Expect(find.Locator("#team-find-hint")).ToHaveTextAsync(Ui.Text("Cases.Team.FindHint"));
        await Expect(search).ToHaveAccessibleDescriptionAsync(Ui.Text("Cases.Team.FindHint"));
        var team = card.Locator("form#case-team-form");
        await Expect(team.Locator("label[for=team-user]")).ToHaveTextAsync(Ui.Text("Cases.Team.Member"));
        var picker = team.GetByLabel(Ui.Text("Cases.Team.Member"), new() { Exact = true });
        await Expect(Group(picker, "Cases.Team.Members")).ToHaveTextAsync(new[] { CaseworkerDisplayName });
        await Expect(picker.Locator("optgroup")).ToHaveCountAsync(1);

        // Part of the name (the user name, within the display name) finds that caseworker alone.
        await search.FillAsync(star);
        await find.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Caseworkers.FindSubmit"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Team/{caseId}\\?teamFind={Regex.Escape(star)}$"));
        await Expect(find.Locator("#team-find-hint")).ToHaveTextAsync(Ui.Text("Caseworkers.Found", 1));
        await Expect(search).ToHaveValueAsync(star);
        await Expect(Group(picker, "Cases.Team.FoundGroup")).ToHaveTextAsync(new[] { starName });
        await Expect(Group(picker, "Cases.Team.Members")).ToHaveTextAsync(new[] { CaseworkerDisplayName });
        await page.AssertAccessibleAsync();

        // Chosen from those found and added to the team.
        await picker.SelectOptionAsync(new SelectOptionValue { Label = starName });
        await team.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Cases.Team.Add"), Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Team/{caseId}$"));
        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Cases.Team.Done"));
        await Expect(Group(picker, "Cases.Team.Members").Filter(new() { HasTextString = starName })).ToHaveCountAsync(1);
        await Expect(find.Locator("#team-find-hint")).ToHaveTextAsync(Ui.Text("Cases.Team.FindHint"));
        await page.AssertAccessibleAsync();

        var members = await ArrangeAsync(services => services.GetRequiredService<AppDbContext>().Cases.AsNoTracking()
            .Where(c => c.Id == caseId).SelectMany(c => c.Team).Select(m => m.UserId).ToListAsync());
        Assert.Contains(starId, members);
    }

    private async Task FindOnWorkAndInTheRegisterAsync(IPage page, string star, string starName, string starId)
    {
        // Moj rad: whom to give a task to is found by name first, then the task is set.
        await page.GotoAsync("/Work");
        var find = page.Locator("form#assignee-find-form");
        await Expect(find.Locator("#assignee-find-hint")).ToHaveTextAsync(Ui.Text("Work.Task.AssigneeFindHint"));
        await page.AssertAccessibleAsync();
        await find.GetByLabel(Ui.Text("Work.Task.AssigneeFind"), new() { Exact = true }).FillAsync(star);
        await find.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Caseworkers.FindSubmit"), Exact = true }).ClickAsync();
        await Expect(find.Locator("#assignee-find-hint")).ToHaveTextAsync(Ui.Text("Caseworkers.Found", 1));
        var task = page.Locator("form#task-add-form");
        await task.GetByLabel(Ui.Text("Work.Task.Title"), new() { Exact = true }).FillAsync("Uvod u rad novog kolege");
        await task.GetByLabel(Ui.Text("Work.Task.Assignee"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = starName });
        await task.GetByLabel(Ui.Text("Work.Task.DueOn"), new() { Exact = true }).FillAsync(CentreClock.FormatDate(await ArrangeAsync(services => Task.FromResult(services.GetRequiredService<CentreClock>().Today))));
        await page.AssertAccessibleAsync();
        await task.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Work.Task.Save"), Exact = true }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Work.Task.Added"));
        Assert.Equal(1, await ArrangeAsync(services => services.GetRequiredService<AppDbContext>().WorkTasks.CountAsync(t => t.AssigneeId == starId)));

        // The register: the assignee filter's search is a field of the filter itself.
        await page.GotoAsync("/Referrals");
        var filter = page.Locator("form#register-filter");
        await Expect(filter.Locator("#f-assignee-hint")).ToHaveTextAsync(Ui.Text("Referrals.Register.AssigneeFindHint"));
        await filter.GetByLabel(Ui.Text("Caseworkers.Find"), new() { Exact = true }).FillAsync(star);
        await filter.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Common.Filter"), Exact = true }).ClickAsync();
        await Expect(filter.Locator("#f-assignee-hint")).ToHaveTextAsync(Ui.Text("Caseworkers.Found", 1));
        await page.AssertAccessibleAsync();
        await filter.GetByLabel(Ui.Text("Referrals.Triage.Assignee"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = starName });
        await filter.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Common.Filter"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"Assignee={starId}"));
        await Expect(page.Locator("#register-count")).ToHaveTextAsync(Ui.Text("Referrals.Register.Count", 0));
        await page.AssertAccessibleAsync();
    }

    private static async Task FindATrainerAsync(IPage page, string star, string starName)
    {
        // A new training: the trainers' search posts the form back as typed, and the colleague found can be ticked.
        await page.GotoAsync("/Activity/Trainings/New");
        var form = page.Locator("form#training-form");
        await Expect(form.Locator("#trainer-find-hint")).ToHaveTextAsync(Ui.Text("Activity.Trainings.TrainerFindHint"));
        await Expect(form.Locator("input[name='Form.StaffTrainerIds']")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        const string Topic = "Sintetička obuka o prepoznavanju";
        await form.GetByLabel(Ui.Text("Activity.Trainings.Fields.Topic"), new() { Exact = true }).FillAsync(Topic);
        await form.GetByLabel(Ui.Text("Activity.Trainings.Fields.TrainerFind"), new() { Exact = true }).FillAsync(star);
        await form.GetByRole(AriaRole.Button, new() { Name = Ui.Text("Caseworkers.FindSubmit"), Exact = true }).ClickAsync();

        await Expect(form.Locator("#trainer-find-hint")).ToHaveTextAsync(Ui.Text("Caseworkers.Found", 1));
        await Expect(form.GetByLabel(Ui.Text("Activity.Trainings.Fields.Topic"), new() { Exact = true })).ToHaveValueAsync(Topic);
        var trainer = form.GetByLabel(starName, new() { Exact = true });
        await trainer.CheckAsync();
        await Expect(trainer).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>The options of one group of the picker, by the group's label.</summary>
    private static ILocator Group(ILocator picker, string labelKey) =>
        picker.Locator($"optgroup[label=\"{Ui.Text(labelKey)}\"] option");

    /// <summary>A caseworker account with no password (it never signs in), made as the user administration makes one.</summary>
    private Task<string> CaseworkerAsync(string userName) =>
        ArrangeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = userName, DisplayName = "Test " + userName, CreatedAtUtc = services.GetRequiredService<CentreClock>().UtcNow };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Caseworker)).Succeeded);
            return user.Id;
        });
}
