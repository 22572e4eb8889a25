using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.IntegrationTests.Infrastructure;
using static TraffickingCare.IntegrationTests.Features.Users.UserAdministrationTests;

namespace TraffickingCare.IntegrationTests.Features.Users;

/// <summary>Four eyes on coordinator, management and administrator accounts; links only ever in the user's mailbox.</summary>
public sealed class PrivilegedAccountTests
{
    [Fact]
    public async Task Creating_a_coordinator_gives_no_usable_account_until_a_second_person_approves()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");

        var response = await RequestAccountAsync(admin, "jelena.p", "Jelena Petrović", "Coordinator");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetPageAsync("/Users");
        Assert.Equal(Ui.Text("Users.Create.AwaitingApproval"), list.QuerySelector(".alert-success")!.TextContent.Trim());
        Assert.Contains(Ui.Text("Users.Index.AwaitingApproval", Ui.Text("Roles.Coordinator")), list.QuerySelector("tr[data-user='jelena.p'] [data-cell=role]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Mailbox.All(factory));
        Assert.Empty(await RolesOfAsync(factory, "jelena.p"));

        // Not even a password reset finishes the account before the approval: it becomes a request too.
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, "jelena.p", "ResetPassword")).StatusCode);
        Assert.Empty(Mailbox.All(factory));

        using var management = factory.CreateTestClient();
        await management.SignInAsync("rukovodstvo");
        // The approval covers where the link goes: the approver reads the whole address before deciding.
        var pending = await management.GetPageAsync("/PrivilegedChanges");
        Assert.Equal(Ui.Text("PrivilegedChanges.LinkGoesTo", "jelena.p@centar.test"), pending.QuerySelector("tr[data-user='jelena.p'] [data-cell=email]")!.TextContent.Trim());
        var approved = await DecideAsync(management, "jelena.p", "Approve", PrivilegedChangeKind.CreateAccount);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(Ui.Text("PrivilegedChanges.ApprovedLinkSent", "j***@centar.test"), (await management.GetPageAsync("/PrivilegedChanges")).QuerySelector(".alert-success")!.TextContent.Trim());
        Assert.Equal(["Coordinator"], await RolesOfAsync(factory, "jelena.p"));
        using var newcomer = factory.CreateTestClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(newcomer, Mailbox.LinkTo(factory, "jelena.p@centar.test").PathAndQuery, ChosenPassword)).StatusCode);
        await newcomer.SignInAsync("jelena.p", ChosenPassword);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.Http.GetAsync("/Referrals")).StatusCode);
    }

    [Fact]
    public async Task The_requester_cannot_approve_his_own_request_and_another_administrator_can()
    {
        await using var factory = new AppFactory();
        await TestUsers.CreateAsync(factory, "admin2", "Administrator");
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        await RequestAccountAsync(admin, "novi.admin", "Novi Administrator", "Administrator");

        var page = await admin.GetPageAsync("/PrivilegedChanges");
        Assert.Null(page.QuerySelector("form[data-user='novi.admin'][data-action='Approve']"));
        var change = await ChangeAsync(factory, "novi.admin", PrivilegedChangeKind.CreateAccount);
        var forged = await admin.PostWithTokenAsync("/PrivilegedChanges/Approve", ("Id", change.Id.ToString()), ("Version", change.Version.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Equal(Ui.Text("PrivilegedChanges.Errors.OwnRequest"), (await admin.GetPageAsync("/PrivilegedChanges")).QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Equal(PrivilegedChangeStatus.Pending, (await ChangeAsync(factory, "novi.admin", PrivilegedChangeKind.CreateAccount)).Status);
        Assert.Empty(await RolesOfAsync(factory, "novi.admin"));
        Assert.Empty(Mailbox.All(factory));

        using var second = factory.CreateTestClient();
        await second.SignInAsync("admin2");
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(second, "novi.admin", "Approve", PrivilegedChangeKind.CreateAccount)).StatusCode);
        Assert.Equal(["Administrator"], await RolesOfAsync(factory, "novi.admin"));
        Assert.Single(Mailbox.To(factory, "novi.admin@centar.test"));
    }

    [Fact]
    public async Task Resetting_a_coordinators_password_or_two_factor_waits_for_a_second_persons_approval()
    {
        await using var factory = new AppFactory();
        using var coordinator = factory.CreateTestClient();
        await coordinator.SignInAsync("koordinator");
        await Authenticator.EnrolAsync(coordinator, factory);
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, "koordinator", "ResetTwoFactor")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, "koordinator", "ResetPassword")).StatusCode);
        Assert.Equal(Ui.Text("Users.AwaitingApproval"), (await admin.GetPageAsync("/Users")).QuerySelector(".alert-success")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, "koordinator", "ResetPassword")).StatusCode);
        Assert.Equal(Ui.Text("Users.Errors.AlreadyRequested"), (await admin.GetPageAsync("/Users")).QuerySelector(".alert-danger")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.OK, (await coordinator.Http.GetAsync("/")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "koordinator").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Empty(Mailbox.All(factory));

        using var management = factory.CreateTestClient();
        await management.SignInAsync("rukovodstvo");
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(management, "koordinator", "Approve", PrivilegedChangeKind.ResetTwoFactor)).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "koordinator").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(management, "koordinator", "Approve", PrivilegedChangeKind.ResetPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Authenticator.PasswordStepAsync(coordinator, "koordinator")).StatusCode);
        Assert.Single(Mailbox.To(factory, "koordinator@demo.invalid"));
    }

    [Fact]
    public async Task Nobody_decides_a_request_about_their_own_account()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        await ActAsync(admin, "rukovodstvo", "ResetPassword");
        var change = await ChangeAsync(factory, "rukovodstvo", PrivilegedChangeKind.ResetPassword);
        using var management = factory.CreateTestClient();
        await management.SignInAsync("rukovodstvo");

        Assert.Null((await management.GetPageAsync("/PrivilegedChanges")).QuerySelector("form[data-user='rukovodstvo']"));
        await management.PostWithTokenAsync("/PrivilegedChanges/Refuse", ("Id", change.Id.ToString()), ("Version", change.Version.ToString()));

        Assert.Equal(Ui.Text("PrivilegedChanges.Errors.OwnAccount"), (await management.GetPageAsync("/PrivilegedChanges")).QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Equal(PrivilegedChangeStatus.Pending, (await ChangeAsync(factory, "rukovodstvo", PrivilegedChangeKind.ResetPassword)).Status);
    }

    internal static async Task<HttpResponseMessage> RequestAccountAsync(TestClient admin, string userName, string displayName, string role)
    {
        var form = await admin.GetPageAsync("/Users/Create");
        return await admin.SubmitAsync(form, "form#create-user-form", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["DisplayName"] = displayName,
            ["Email"] = userName + "@centar.test",
            ["Role"] = role,
        });
    }

    internal static async Task<HttpResponseMessage> DecideAsync(TestClient approver, string userName, string action, PrivilegedChangeKind kind)
    {
        var page = await approver.GetPageAsync("/PrivilegedChanges");
        return await approver.SubmitAsync(page, $"tr[data-user='{userName}'][data-kind='{kind}'][data-status='Pending'] form[data-action='{action}']");
    }

    internal static async Task<PrivilegedChange> ChangeAsync(AppFactory factory, string userName, PrivilegedChangeKind kind)
    {
        var userId = await UserIdAsync(factory, userName);
        return await factory.WithDbAsync(db => db.PrivilegedChanges.AsNoTracking().SingleAsync(c => c.TargetUserId == userId && c.Kind == kind));
    }

    private static async Task<IList<string>> RolesOfAsync(AppFactory factory, string userName)
    {
        var userId = await UserIdAsync(factory, userName);
        return await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync());
    }
}
