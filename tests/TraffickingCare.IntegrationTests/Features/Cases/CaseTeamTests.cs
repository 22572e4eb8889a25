using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Cases;

public sealed class CaseTeamTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Task<string> UserIdAsync(string userName) => app.Factory.Arrange.UserIdAsync(userName);

    private async Task<Guid> CaseLedByRadnikAsync() => (await app.Factory.Arrange.Case()).Id;

    private Task<TestClient> SignedInAsync(string user) => app.Factory.Arrange.SignedInAsync(user);

    private static Dictionary<string, string> Pick(string userId) => new() { ["UserId"] = userId };

    [Fact]
    public async Task The_case_page_links_its_referral_only_for_whom_the_referral_opens()
    {
        var referral = await app.Factory.Arrange.Referral().AssignedTo("radnik");
        var file = await app.Factory.Arrange.Case().FromReferral(referral.Id).WithTeam("radnik2");
        var link = $"a[href='/Referrals/Details/{referral.Id}']";

        // The referral's assignee and the coordinator are led to it; a colleague on the team, who neither logged nor was
        // given it, would be answered "not found", so is not offered the link.
        foreach (var user in new[] { "radnik", "koordinator" })
        {
            using var reader = await SignedInAsync(user);
            var href = (await reader.GetPageAsync($"/Cases/Details/{file.Id}")).QuerySelector(link)!.GetAttribute("href")!;
            await reader.GetPageAsync(href);
        }

        using var colleague = await SignedInAsync("radnik2");
        Assert.Null((await colleague.GetPageAsync($"/Cases/Details/{file.Id}")).QuerySelector(link));
        await colleague.GetPageAsync($"/Referrals/Details/{referral.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_caseworker_added_to_the_team_can_open_the_case_and_removed_cannot()
    {
        var id = await CaseLedByRadnikAsync();
        var url = $"/Cases/Details/{id}";
        var team = $"/Cases/Team/{id}";
        using var coordinator = await SignedInAsync("koordinator");
        using var other = await SignedInAsync("radnik2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(url)).StatusCode);

        // The case page leads the coordinator to the team page; a change made there comes back to it.
        Assert.Equal(team, (await coordinator.GetPageAsync(url)).QuerySelector("a#manage-team")!.GetAttribute("href"));
        var added = await coordinator.SubmitAsync(await coordinator.GetPageAsync(team), "form#case-team-form", Pick(await UserIdAsync("radnik2")), "Change", "add");
        Assert.Equal(team, added.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await other.Http.GetAsync(url)).StatusCode);
        Assert.Contains("Demo Stručna Radnica", (await coordinator.GetPageAsync(team)).QuerySelector("#team-members")!.TextContent, StringComparison.Ordinal);

        await coordinator.SubmitAsync(await coordinator.GetPageAsync(team), "form#case-team-form", Pick(await UserIdAsync("radnik2")), "Change", "remove");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_restricted_case_disappears_from_management_until_the_restriction_is_lifted()
    {
        var id = await CaseLedByRadnikAsync();
        var url = $"/Cases/Details/{id}";
        var team = $"/Cases/Team/{id}";
        using var coordinator = await SignedInAsync("koordinator");
        using var management = await SignedInAsync("rukovodstvo");

        await coordinator.SubmitAsync(await coordinator.GetPageAsync(team), "form#case-team-form", submitName: "Change", submitValue: "restrict");
        Assert.Equal(HttpStatusCode.NotFound, (await management.Http.GetAsync(url)).StatusCode);
        Assert.True((await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).IsRestricted);

        await coordinator.SubmitAsync(await coordinator.GetPageAsync(team), "form#case-team-form", submitName: "Change", submitValue: "unrestrict");
        Assert.Equal(HttpStatusCode.OK, (await management.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_lead_cannot_be_removed_and_a_stale_team_change_is_refused()
    {
        var id = await CaseLedByRadnikAsync();
        var url = $"/Cases/Team/{id}";
        using var coordinator = await SignedInAsync("koordinator");
        var stale = await coordinator.GetPageAsync(url);

        var views = await ViewsAsync(id);
        var removeLead = await coordinator.SubmitAsync(await coordinator.GetPageAsync(url), "form#case-team-form", Pick(await UserIdAsync("radnik")), "Change", "remove");
        Assert.Contains(Ui.Text("Cases.Errors.CannotRemoveLead"), (await TestClient.ParseAsync(removeLead)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(views + 2, await ViewsAsync(id)); // the team page opened, and shown again refused: each a view of the case

        await coordinator.SubmitAsync(await coordinator.GetPageAsync(url), "form#case-team-form", Pick(await UserIdAsync("radnik2")), "Change", "add");
        var late = await coordinator.SubmitAsync(stale, "form#case-team-form", Pick(await UserIdAsync("radnik2")), "Change", "lead");

        var refused = await TestClient.ParseAsync(late);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), refused.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(await UserIdAsync("radnik"), (await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).LeadCaseworkerId);

        // The page shown after the conflict carries the current version, with the member still chosen: sent again, it is made.
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(refused, "form#case-team-form", submitName: "Change", submitValue: "lead")).StatusCode);
        Assert.Equal(await UserIdAsync("radnik2"), (await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).LeadCaseworkerId);
    }

    private Task<int> ViewsAsync(Guid caseId) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == caseId && a.EntityType == "CaseFile" && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Viewed));

    [Fact]
    public async Task A_caseworker_cannot_staff_or_restrict_even_their_own_case()
    {
        var id = await CaseLedByRadnikAsync();
        using var caseworker = await SignedInAsync("radnik");
        var page = await caseworker.GetPageAsync($"/Cases/Details/{id}");
        Assert.Null(page.QuerySelector("a#manage-team"));

        var response = await caseworker.PostWithTokenAsync($"/Cases/Team/{id}", ("Version", "1"), ("Change", "restrict"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.Http.GetAsync($"/Cases/Team/{id}")).StatusCode);
        Assert.False((await app.Factory.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id))).IsRestricted);
    }
}
