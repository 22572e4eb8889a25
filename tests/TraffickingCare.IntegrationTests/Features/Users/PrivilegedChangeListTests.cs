using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Startup;
using static TraffickingCare.IntegrationTests.Features.Users.PrivilegedAccountTests;
using static TraffickingCare.IntegrationTests.Features.Users.UserAdministrationTests;

namespace TraffickingCare.IntegrationTests.Features.Users;

/// <summary>Management sees every privileged account change: what, for whom, requested and decided by whom, when.</summary>
public sealed class PrivilegedChangeListTests
{
    [Fact]
    public async Task Management_sees_who_requested_approved_and_refused_privileged_changes_and_each_step_is_audited()
    {
        await using var factory = new AppFactory();
        await TestUsers.CreateAsync(factory, "admin2", "Administrator");
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        await RequestAccountAsync(admin, "mira.m", "Mira Mirić", "Management");
        await RequestAccountAsync(admin, "lazni.k", "Lažni Koordinator", "Coordinator");
        using var second = factory.CreateTestClient();
        await second.SignInAsync("admin2");
        await DecideAsync(second, "mira.m", "Approve", PrivilegedChangeKind.CreateAccount);
        await DecideAsync(second, "lazni.k", "Refuse", PrivilegedChangeKind.CreateAccount);
        await ActAsync(admin, "koordinator", "ResetPassword");

        using var management = factory.CreateTestClient();
        await management.SignInAsync("rukovodstvo");
        Assert.NotNull((await management.GetPageAsync("/")).QuerySelector("a[href='/PrivilegedChanges']"));
        var page = await management.GetPageAsync("/PrivilegedChanges");

        var approved = page.QuerySelector("tr[data-user='mira.m'][data-kind='CreateAccount']")!;
        Assert.Equal(Ui.Text("PrivilegedChanges.Status.Approved"), approved.QuerySelector("[data-cell=status]")!.TextContent.Trim());
        Assert.StartsWith("Demo Administrator, ", approved.QuerySelector("[data-cell=requested]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Test admin2, ", approved.QuerySelector("[data-cell=decided]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(Ui.Text("PrivilegedChanges.Kind.CreateAccount", Ui.Text("Roles.Management")), approved.TextContent, StringComparison.Ordinal);
        var refused = page.QuerySelector("tr[data-user='lazni.k'][data-kind='CreateAccount']")!;
        Assert.Equal(Ui.Text("PrivilegedChanges.Status.Refused"), refused.QuerySelector("[data-cell=status]")!.TextContent.Trim());
        var pending = page.QuerySelector("tr[data-user='koordinator'][data-kind='ResetPassword']")!;
        Assert.Equal(Ui.Text("PrivilegedChanges.Status.Pending"), pending.QuerySelector("[data-cell=status]")!.TextContent.Trim());
        Assert.NotNull(pending.QuerySelector("form[data-action='Approve']"));
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "lazni.k").Select(u => u.IsDisabled).SingleAsync()));

        var adminId = await UserIdAsync(factory, "admin");
        var secondId = await UserIdAsync(factory, "admin2");
        var miraRequest = (await ChangeAsync(factory, "mira.m", PrivilegedChangeKind.CreateAccount)).Id;
        var refusedRequest = (await ChangeAsync(factory, "lazni.k", PrivilegedChangeKind.CreateAccount)).Id;
        var trail = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(PrivilegedChange)).OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(trail, a => a.EntityId == miraRequest && a.Action == AuditAction.Created && a.UserId == adminId);
        Assert.Contains(trail, a => a.EntityId == miraRequest && a.Action == AuditAction.Updated && a.UserId == secondId && a.Changes!.Contains(StatusChange(PrivilegedChangeStatus.Approved), StringComparison.Ordinal));
        Assert.Contains(trail, a => a.EntityId == refusedRequest && a.Action == AuditAction.Updated && a.UserId == secondId && a.Changes!.Contains(StatusChange(PrivilegedChangeStatus.Refused), StringComparison.Ordinal));
    }

    private static string StatusChange(PrivilegedChangeStatus to) => $"\"Status\":{{\"from\":{(int)PrivilegedChangeStatus.Pending},\"to\":{(int)to}}}";

    [Fact]
    public async Task Caseworkers_and_coordinators_do_not_see_privileged_changes()
    {
        await using var factory = new AppFactory();
        foreach (var userName in new[] { "radnik", "koordinator", "prihvatiliste" })
        {
            using var client = factory.CreateTestClient();
            await client.SignInAsync(userName);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/PrivilegedChanges")).StatusCode);
        }
    }

    [Fact]
    public async Task Only_administrators_and_management_decide_a_request_by_its_id()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        await RequestAccountAsync(admin, "vesna.m", "Vesna Marković", "Coordinator");
        var change = await ChangeAsync(factory, "vesna.m", PrivilegedChangeKind.CreateAccount);

        foreach (var userName in new[] { "radnik", "koordinator", "prihvatiliste" })
        {
            using var client = factory.CreateTestClient();
            await client.SignInAsync(userName);
            foreach (var action in new[] { "Approve", "Refuse" })
            {
                var response = await client.PostWithTokenAsync($"/PrivilegedChanges/{action}", ("Id", change.Id.ToString()), ("Version", change.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }
        }

        Assert.Equal(PrivilegedChangeStatus.Pending, (await ChangeAsync(factory, "vesna.m", PrivilegedChangeKind.CreateAccount)).Status);
    }

    [Fact]
    public async Task The_operator_makes_the_first_management_account_on_the_command_line_and_management_sees_it()
    {
        await using var factory = AppFactory.Production();
        factory.CreateClient().Dispose();

        await using var scope = factory.Services.CreateAsyncScope();
        var link = await CommandLine.BootstrapAccountAsync(
            scope.ServiceProvider, ["bootstrap-admin", "--user", "prva.uprava", "--email", "prva.uprava@centar.test", "--name", "Prva Uprava", "--role", "Management"]);

        Assert.Equal(new Uri(AppFactory.PublicBaseUrl).Authority, link.Authority);
        var change = await ChangeAsync(factory, "prva.uprava", PrivilegedChangeKind.CreateAccount);
        Assert.Equal(PrivilegedChangeStatus.Approved, change.Status);
        Assert.Equal("Management", change.Role);
        await Assert.ThrowsAsync<InvalidOperationException>(() => CommandLine.BootstrapAccountAsync(
            scope.ServiceProvider, ["bootstrap-admin", "--user", "treci", "--email", "treci@centar.test", "--role", "Coordinator"]));
    }
}
