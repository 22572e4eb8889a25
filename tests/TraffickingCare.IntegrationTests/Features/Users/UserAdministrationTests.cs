using System.Net;
using AngleSharp.Html.Dom;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Users;

public sealed class UserAdministrationTests
{
    internal const string ChosenPassword = "Prva lozinka nove koleginice";

    [Fact]
    public async Task An_administrator_creates_a_user_who_sets_a_password_through_the_mailed_link_and_signs_in()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");

        var link = await CreateUserAsync(admin, factory, "jelena.p", "Jelena Petrović", "Caseworker");
        var list = await admin.GetPageAsync("/Users");
        Assert.Equal(Ui.Text("Users.Create.Done", "j***@centar.test"), list.QuerySelector(".alert-success")!.TextContent.Trim());
        var row = list.QuerySelector("tr[data-user='jelena.p']")!;
        Assert.Contains(Ui.Text("Roles.Caseworker"), row.TextContent, StringComparison.Ordinal);
        Assert.Contains("jelena.p@centar.test", row.TextContent, StringComparison.Ordinal);

        using var newcomer = factory.CreateTestClient();
        Assert.Equal(HttpStatusCode.OK, (await Authenticator.PasswordStepAsync(newcomer, "jelena.p", ChosenPassword)).StatusCode);
        var done = await SetPasswordAsync(newcomer, link, ChosenPassword);
        Assert.Equal("/Account/Login", done.Headers.Location!.OriginalString);

        await newcomer.SignInAsync("jelena.p", ChosenPassword);
        var home = await newcomer.GetPageAsync("/");
        Assert.Equal(Ui.Text("Home.Welcome", "Jelena Petrović"), home.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_on_its_field_and_no_account_is_created()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        var form = await admin.GetPageAsync("/Users/Create");

        var response = await admin.SubmitAsync(form, "form#create-user-form", new Dictionary<string, string>
        {
            ["UserName"] = "RADNIK",
            ["DisplayName"] = "Lažni Radnik",
            ["Email"] = "lazni@centar.test",
            ["Role"] = "Caseworker",
        });

        var page = await TestClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Ui.Text("Identity.Errors.DuplicateUserName"), page.QuerySelector("#UserName-error")!.TextContent.Trim());
        Assert.Empty(Mailbox.All(factory));
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.DisplayName == "Lažni Radnik"))));
    }

    [Fact]
    public async Task The_set_password_link_cannot_be_used_twice()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        var link = await CreateUserAsync(admin, factory, "marko.m", "Marko Marković", "Caseworker");
        using var newcomer = factory.CreateTestClient();
        var form = await newcomer.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.SubmitAsync(form, "form#set-password-form", Passwords(ChosenPassword))).StatusCode);

        var again = await newcomer.GetPageAsync(link);
        var replayed = await TestClient.ParseAsync(await newcomer.SubmitAsync(form, "form#set-password-form", Passwords("Neko drugi bira lozinku")));

        Assert.Equal(Ui.Text("Account.SetPassword.LinkInvalid"), again.QuerySelector("#link-invalid")!.TextContent.Trim());
        Assert.Equal(Ui.Text("Account.SetPassword.LinkInvalid"), replayed.QuerySelector("#link-invalid")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await Authenticator.PasswordStepAsync(newcomer, "marko.m", "Neko drugi bira lozinku")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_on_the_next_request_and_cannot_sign_in_again()
    {
        await using var factory = new AppFactory();
        using var user = factory.CreateTestClient();
        await user.SignInAsync("radnik");
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");

        var response = await ActAsync(admin, "radnik", "Disable");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetPageAsync("/Users");
        Assert.Equal(Ui.Text("Users.Disable.Done"), list.QuerySelector(".alert-success")!.TextContent.Trim());
        Assert.Contains(Ui.Text("Users.Index.Disabled"), list.QuerySelector("tr[data-user='radnik'] [data-cell=status]")!.TextContent, StringComparison.Ordinal);
        var next = await user.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Account/Login", next.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var again = await Authenticator.PasswordStepAsync(user, "radnik");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(Ui.Text("Account.Login.Failed"), (await TestClient.ParseAsync(again)).QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);

        var adminId = await UserIdAsync(factory, "admin");
        var userId = Guid.Parse(await UserIdAsync(factory, "radnik"));
        var audited = await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries
            .Where(a => a.EntityType == "AppUser" && a.EntityId == userId && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Updated)
            .ToList()));
        Assert.Equal(adminId, Assert.Single(audited).UserId);
        Assert.Equal("{\"IsDisabled\":{\"from\":false,\"to\":true}}", audited[0].Changes);

        await ActAsync(admin, "radnik", "Enable");
        await user.SignInAsync("radnik");
    }

    [Fact]
    public async Task An_administrator_cannot_disable_themself_and_a_stale_action_is_refused()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        var list = await admin.GetPageAsync("/Users");
        Assert.Null(list.QuerySelector("form[data-user='admin']"));

        var self = await admin.SubmitAsync(list, "form[data-user='radnik'][data-action='Disable']", new Dictionary<string, string>
        {
            ["UserId"] = await UserIdAsync(factory, "admin"),
        });
        Assert.Equal(HttpStatusCode.Redirect, self.StatusCode);
        Assert.Equal(Ui.Text("Users.Errors.OwnAccount"), (await admin.GetPageAsync("/Users")).QuerySelector(".alert-danger")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(list, "form[data-user='radnik2'][data-action='ResetPassword']")).StatusCode);
        var stale = await admin.SubmitAsync(list, "form[data-user='radnik2'][data-action='Disable']");

        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        var after = await admin.GetPageAsync("/Users");
        Assert.Equal(Ui.Text("Common.ConcurrencyConflict"), after.QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Contains(Ui.Text("Users.Index.Enabled"), after.QuerySelector("tr[data-user='radnik2'] [data-cell=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resetting_two_factor_signs_the_user_out_and_their_next_sign_in_needs_no_code()
    {
        await using var factory = new AppFactory();
        using var user = factory.CreateTestClient();
        await user.SignInAsync("radnik");
        await Authenticator.EnrolAsync(user, factory);
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        Assert.Contains(Ui.Text("Users.Index.TwoFactorOn"), (await admin.GetPageAsync("/Users")).QuerySelector("tr[data-user='radnik'] [data-cell=two-factor]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(admin, "radnik", "ResetTwoFactor")).StatusCode);

        Assert.Contains(Ui.Text("Users.Index.TwoFactorOff"), (await admin.GetPageAsync("/Users")).QuerySelector("tr[data-user='radnik'] [data-cell=two-factor]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await user.Http.GetAsync("/")).StatusCode);
        var signIn = await Authenticator.PasswordStepAsync(user, "radnik");
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Resetting_a_password_invalidates_the_old_one_and_mails_a_new_link_to_the_user()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");

        var response = await ActAsync(admin, "radnik", "ResetPassword");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Ui.Text("Users.ResetPassword.Done", "r***@demo.invalid"), (await admin.GetPageAsync("/Users")).QuerySelector(".alert-success")!.TextContent.Trim());
        var link = Mailbox.LinkTo(factory, "radnik@demo.invalid").PathAndQuery;
        using var user = factory.CreateTestClient();
        Assert.Equal(HttpStatusCode.OK, (await Authenticator.PasswordStepAsync(user, "radnik")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(user, link, ChosenPassword)).StatusCode);
        await user.SignInAsync("radnik", ChosenPassword);
    }

    /// <summary>Creates an account with the address <c>userName@centar.test</c>; returns the mailed link's path.</summary>
    internal static async Task<string> CreateUserAsync(TestClient admin, AppFactory factory, string userName, string displayName, string role)
    {
        var form = await admin.GetPageAsync("/Users/Create");
        var response = await admin.SubmitAsync(form, "form#create-user-form", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["DisplayName"] = displayName,
            ["Email"] = userName + "@centar.test",
            ["Role"] = role,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Mailbox.LinkTo(factory, userName + "@centar.test").PathAndQuery;
    }

    internal static async Task<HttpResponseMessage> SetPasswordAsync(TestClient client, string link, string password)
    {
        var form = await client.GetPageAsync(new Uri(new Uri("http://localhost"), link).PathAndQuery);
        return await client.SubmitAsync(form, "form#set-password-form", Passwords(password));
    }

    private static Dictionary<string, string> Passwords(string password) => new() { ["NewPassword"] = password, ["ConfirmPassword"] = password };

    internal static async Task<HttpResponseMessage> ActAsync(TestClient admin, string userName, string action)
    {
        IHtmlDocument list = await admin.GetPageAsync("/Users");
        return await admin.SubmitAsync(list, $"form[data-user='{userName}'][data-action='{action}']");
    }

    internal static Task<string> UserIdAsync(AppFactory factory, string userName) =>
        factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == userName).Id));
}
