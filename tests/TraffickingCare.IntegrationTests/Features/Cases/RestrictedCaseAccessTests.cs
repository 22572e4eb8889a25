using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Cases;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.IntegrationTests.Features.Cases;

/// <summary>
/// A restricted case is visible to its team and, only after recording a reason, to management; the
/// reason is in the audit trail and opens the case to that manager for a working day.
/// Each test has its own app: a granted reason (and the clock) must not leak between them.
/// </summary>
public sealed class RestrictedCaseAccessTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private CaseFile restricted = null!;
    private CaseFile open = null!;

    public async Task InitializeAsync()
    {
        restricted = await factory.Arrange.Case().LedBy("radnik2").Coded(2025, 8101).Restricted();
        open = await factory.Arrange.Case().LedBy("radnik2").Coded(2025, 8102);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<TestClient> ManagementAsync() => factory.Arrange.SignedInAsync("rukovodstvo");

    private Task<List<AuditEntry>> GrantsAsync() =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == CaseAccess.RestrictedAccessAuditType).ToListAsync());

    [Fact]
    public async Task Management_opens_a_restricted_case_with_a_reason_for_a_working_day_only()
    {
        using (var manager = await ManagementAsync())
        {
            await manager.GetPageAsync($"/Cases/Details/{restricted.Id}", HttpStatusCode.NotFound);
            var form = await manager.GetPageAsync("/RestrictedCases/Open");

            var response = await manager.SubmitAsync(form, "form#open-restricted", new Dictionary<string, string>
            {
                ["CaseCode"] = "czz-2025-8101",
                ["Reason"] = "Pritužba korisnice, zahtev zaštitnika građana br. 17",
            });

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/Cases/Details/{restricted.Id}", response.Headers.Location!.OriginalString);
            var page = await manager.GetPageAsync($"/Cases/Details/{restricted.Id}");
            Assert.Contains("CZZ-2025-8101", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            var list = await manager.GetPageAsync("/Cases?Code=CZZ-2025-8101");
            Assert.Contains("CZZ-2025-8101", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(list.QuerySelector($"a[href='/Cases/Details/{restricted.Id}']"));
        }

        // The reason opens the case to the manager who gave it, not to another (the compiled rule's user is its argument).
        await TestUsers.CreateAsync(factory, "rukovodstvo2", TraffickingCare.Web.Identity.Roles.Management);
        using (var colleague = await factory.Arrange.SignedInAsync("rukovodstvo2"))
        {
            await colleague.GetPageAsync($"/Cases/Details/{restricted.Id}", HttpStatusCode.NotFound);
            var colleagueList = await colleague.GetPageAsync("/Cases?Code=CZZ-2025-8101");
            Assert.Null(colleagueList.QuerySelector($"a[href='/Cases/Details/{restricted.Id}']"));
        }

        var grant = Assert.Single(await GrantsAsync());
        Assert.Equal(restricted.Id, grant.EntityId);
        Assert.Equal("Pritužba korisnice, zahtev zaštitnika građana br. 17", grant.Reason);
        Assert.Equal(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "rukovodstvo").Select(u => u.Id).SingleAsync()), grant.UserId);

        factory.Clock.Advance(CaseAccess.RestrictedAccessWindow + TimeSpan.FromMinutes(1));
        using var nextDay = await ManagementAsync();
        await nextDay.GetPageAsync($"/Cases/Details/{restricted.Id}", HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Management's home counts a restricted case only for the manager whose reason opened it, and only for the window:
    /// the caseload asks once whether the manager has a reason at all, then which cases it opened (a second restricted
    /// case stays closed: a reason opens its own case, not every restricted one).
    /// </summary>
    [Fact]
    public async Task Management_s_caseload_counts_a_restricted_case_only_for_the_manager_whose_reason_opened_it()
    {
        static async Task<string> CaseloadAsync(TestClient client) =>
            (await client.GetPageAsync("/")).QuerySelector("#case-work-Management")!.TextContent;
        var one = Ui.Text("Home.Cases.ByStatus", Ui.Text("Cases.Status.Open"), 1);
        var two = Ui.Text("Home.Cases.ByStatus", Ui.Text("Cases.Status.Open"), 2);
        var other = await factory.Arrange.Case().LedBy("radnik2").Coded(2025, 8103).Restricted();
        await TestUsers.CreateAsync(factory, "rukovodstvo2", TraffickingCare.Web.Identity.Roles.Management);
        using var manager = await ManagementAsync();
        using var colleague = await factory.Arrange.SignedInAsync("rukovodstvo2");
        Assert.Contains(one, await CaseloadAsync(manager), StringComparison.Ordinal);

        var form = await manager.GetPageAsync("/RestrictedCases/Open");
        await manager.SubmitAsync(form, "form#open-restricted", new Dictionary<string, string> { ["CaseCode"] = "CZZ-2025-8101", ["Reason"] = "Provera pritužbe" });

        Assert.Contains(two, await CaseloadAsync(manager), StringComparison.Ordinal);
        await manager.GetPageAsync($"/Cases/Details/{other.Id}", HttpStatusCode.NotFound);
        Assert.Contains(one, await CaseloadAsync(colleague), StringComparison.Ordinal);
        factory.Clock.Advance(CaseAccess.RestrictedAccessWindow + TimeSpan.FromMinutes(1));
        using var nextDay = await ManagementAsync();
        Assert.Contains(one, await CaseloadAsync(nextDay), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_reason_or_with_an_unknown_code_nothing_opens_and_the_form_keeps_what_was_typed()
    {
        using var manager = await ManagementAsync();
        var form = await manager.GetPageAsync("/RestrictedCases/Open");

        var noReason = await TestClient.ParseAsync(await manager.SubmitAsync(form, "form#open-restricted", new Dictionary<string, string> { ["CaseCode"] = "CZZ-2025-8101" }));
        var unknown = await TestClient.ParseAsync(await manager.SubmitAsync(form, "form#open-restricted", new Dictionary<string, string> { ["CaseCode"] = "CZZ-2025-9999", ["Reason"] = "Provera" }));

        Assert.Contains(Ui.Text("People.Errors.ReasonRequired"), noReason.QuerySelector("[data-valmsg-for=Reason]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("CZZ-2025-8101", noReason.QuerySelector("#CaseCode")!.GetAttribute("value"));
        Assert.Contains(Ui.Text("Referrals.Triage.Errors.CaseNotFound"), unknown.QuerySelector("[data-valmsg-for=CaseCode]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Provera", unknown.QuerySelector("#Reason")!.TextContent);
        Assert.Empty(await GrantsAsync());
        await manager.GetPageAsync($"/Cases/Details/{restricted.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_case_that_is_not_restricted_opens_without_recording_a_grant()
    {
        using var manager = await ManagementAsync();
        var form = await manager.GetPageAsync("/RestrictedCases/Open");

        var response = await manager.SubmitAsync(form, "form#open-restricted", new Dictionary<string, string> { ["CaseCode"] = "CZZ-2025-8102", ["Reason"] = "Provera" });

        Assert.Equal($"/Cases/Details/{open.Id}", response.Headers.Location!.OriginalString);
        Assert.Empty(await GrantsAsync());
    }

    [Theory]
    [InlineData("radnik")]
    [InlineData("koordinator")]
    [InlineData("prihvatiliste")]
    [InlineData("admin")]
    public async Task Only_management_uses_the_reasoned_access(string user)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/RestrictedCases/Open")).StatusCode);
        var post = await client.PostWithTokenAsync("/RestrictedCases/Open", ("CaseCode", "CZZ-2025-8101"), ("Reason", "Pokušaj"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await GrantsAsync());
    }
}
