using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Manage;

public sealed class ChangePasswordTests
{
    private const string NewPassword = "Moja nova rečenica za prijavu";

    [Fact]
    public async Task After_a_password_change_the_user_stays_signed_in_and_only_the_new_password_works()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");
        using var otherDevice = factory.CreateTestClient();
        await otherDevice.SignInAsync("radnik");

        var response = await ChangeAsync(client, AppFactory.DemoPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync("/Manage/ChangePassword");
        Assert.Equal(Ui.Text("Manage.ChangePassword.Done"), page.QuerySelector(".alert-success")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await otherDevice.Http.GetAsync("/")).StatusCode);

        using var fresh = factory.CreateTestClient();
        Assert.Equal(HttpStatusCode.OK, (await Authenticator.PasswordStepAsync(fresh, "radnik")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Authenticator.PasswordStepAsync(fresh, "radnik", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_and_a_common_new_one_are_refused_with_localized_errors()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");

        var wrongCurrent = await TestClient.ParseAsync(await ChangeAsync(client, "Nije-moja-lozinka-1", NewPassword));
        Assert.Equal(Ui.Text("Identity.Errors.PasswordMismatch"), wrongCurrent.QuerySelector("#CurrentPassword-error")!.TextContent.Trim());
        Assert.Equal("CurrentPassword-error", wrongCurrent.QuerySelector("#CurrentPassword")!.GetAttribute("aria-describedby"));
        Assert.Equal("true", wrongCurrent.QuerySelector("#CurrentPassword")!.GetAttribute("aria-invalid"));

        var tooShort = await TestClient.ParseAsync(await ChangeAsync(client, AppFactory.DemoPassword, "kratka"));
        Assert.Contains(Ui.Text("Passwords.Errors.TooShort", 12), tooShort.QuerySelector("#NewPassword-error")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ChangeAsync(TestClient client, string current, string next)
    {
        var page = await client.GetPageAsync("/Manage/ChangePassword");
        return await client.SubmitAsync(page, "form#change-password-form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["ConfirmPassword"] = next,
        });
    }
}
