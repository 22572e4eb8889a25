using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Account;

public sealed class SignInTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var client = app.Factory.CreateTestClient();

        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_redirects_home_and_the_home_page_greets_the_user_by_name()
    {
        using var client = app.Factory.CreateTestClient();

        var response = await Authenticator.PasswordStepAsync(client, "koordinator");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await client.GetPageAsync("/");
        Assert.Equal(Ui.Text("Home.Welcome", "Demo Koordinator"), home.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_localized_error_keeps_the_user_name_and_clears_the_password()
    {
        using var client = app.Factory.CreateTestClient();

        var response = await Authenticator.PasswordStepAsync(client, "rukovodstvo", "Pogresna-Lozinka-123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("Account.Login.Failed"), page.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("rukovodstvo", page.QuerySelector("input#UserName")!.GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("input#Password")!.GetAttribute("value")));
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = app.Factory.CreateTestClient();

        var response = await Authenticator.PasswordStepAsync(client, "nepostojeci", "Pogresna-Lozinka-123");

        var page = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("Account.Login.Failed"), page.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_url_on_this_site_is_followed_and_one_to_another_site_is_ignored()
    {
        using var local = app.Factory.CreateTestClient();
        var page = await local.GetPageAsync("/Account/Login?returnUrl=%2FTwoFactor");
        var response = await local.SubmitAsync(page, "form#login-form", new Dictionary<string, string> { ["UserName"] = "prihvatiliste", ["Password"] = AppFactory.DemoPassword });
        Assert.Equal("/TwoFactor", response.Headers.Location!.OriginalString);

        using var foreign = app.Factory.CreateTestClient();
        page = await foreign.GetPageAsync("/Account/Login");
        response = await foreign.SubmitAsync(page, "form#login-form", new Dictionary<string, string>
        {
            ["UserName"] = "prihvatiliste",
            ["Password"] = AppFactory.DemoPassword,
            ["ReturnUrl"] = "https://evil.example/phish",
        });
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik2");
        var home = await client.GetPageAsync("/");

        var response = await client.SubmitAsync(home, "form:has(#sign-out)");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_non_administrator_is_refused_the_user_list_with_403()
    {
        using var client = app.Factory.CreateTestClient();
        await client.SignInAsync("radnik");

        var response = await client.Http.GetAsync("/Users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var denied = await client.GetPageAsync(response.Headers.Location!.OriginalString, HttpStatusCode.Forbidden);
        Assert.Equal(Ui.Text("Account.AccessDenied.Title"), denied.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(denied.QuerySelector("table#users"));
    }
}
