using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.TwoFactor;

public sealed class TwoFactorTests
{
    [Fact]
    public async Task After_enrolment_sign_in_needs_the_authenticator_code_and_a_recovery_code_works_only_once()
    {
        await using var factory = new AppFactory();
        using (var enrolling = factory.CreateTestClient())
        {
            await enrolling.SignInAsync("radnik");
            var (key, codes) = await Authenticator.EnrolAsync(enrolling, factory);
            factory.Clock.Advance(TimeSpan.FromSeconds(30)); // the enrolment used this step's code: it is spent
            var status = await enrolling.GetPageAsync("/TwoFactor");
            Assert.Equal(Ui.Text("TwoFactor.Index.On"), status.QuerySelector("#two-factor-status")!.TextContent.Trim());
            Assert.Equal(Ui.Text("TwoFactor.Index.RecoveryCodesLeft", 10), status.QuerySelector("#recovery-codes-left")!.TextContent.Trim());

            using var withCode = factory.CreateTestClient();
            var passwordStep = await Authenticator.PasswordStepAsync(withCode, "radnik");
            Assert.StartsWith("/Account/LoginWithTwoFactor", passwordStep.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await withCode.Http.GetAsync("/")).StatusCode); // not signed in yet

            var codePage = await withCode.GetPageAsync(passwordStep.Headers.Location.OriginalString);
            var wrong = await withCode.SubmitAsync(codePage, "form#two-factor-form", new Dictionary<string, string> { ["Code"] = "000000" == Authenticator.Code(factory, key) ? "111111" : "000000" });
            Assert.Contains(Ui.Text("Account.TwoFactor.CodeInvalid"), (await TestClient.ParseAsync(wrong)).QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);

            var right = await withCode.SubmitAsync(codePage, "form#two-factor-form", new Dictionary<string, string> { ["Code"] = Authenticator.Code(factory, key) });
            Assert.Equal("/", right.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await withCode.Http.GetAsync("/")).StatusCode);

            Assert.Equal(HttpStatusCode.Redirect, (await RecoveryCodeSignInAsync(factory, " " + codes[0].ToLowerInvariant())).StatusCode);
            var reused = await RecoveryCodeSignInAsync(factory, codes[0]);
            Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
            Assert.Contains(Ui.Text("Account.RecoveryCode.Invalid"), (await TestClient.ParseAsync(reused)).QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);

            status = await enrolling.GetPageAsync("/TwoFactor");
            Assert.Equal(Ui.Text("TwoFactor.Index.RecoveryCodesLeft", 9), status.QuerySelector("#recovery-codes-left")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task The_enrolment_page_shows_the_key_in_groups_of_four_and_a_QR_code_without_inline_style()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();
        await client.SignInAsync("koordinator");

        var page = await client.GetPageAsync("/TwoFactor/Enable");

        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", page.QuerySelector("#shared-key")!.TextContent.Trim());
        Assert.StartsWith("otpauth://totp/TraffickingCare:koordinator?secret=", page.QuerySelector("#authenticator-uri")!.TextContent, StringComparison.Ordinal);
        var qr = page.QuerySelector("img.qr-code")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/svg+xml;base64,", qr, StringComparison.Ordinal);
        var svg = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(qr["data:image/svg+xml;base64,".Length..]));
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task When_two_factor_is_required_a_user_without_it_is_sent_to_enrolment_from_any_page_and_cannot_turn_it_off()
    {
        await using var factory = new AppFactory();
        factory.Settings["Security:RequireTwoFactor"] = "true";
        using var client = factory.CreateTestClient();
        await client.SignInAsync("rukovodstvo");

        foreach (var url in new[] { "/", "/Manage/ChangePassword", "/TwoFactor/Index?x=1" })
        {
            var response = await client.Http.GetAsync(url);
            if (url.StartsWith("/TwoFactor", StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode); // enrolment screens stay open
                continue;
            }

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/TwoFactor/Enable", response.Headers.Location!.OriginalString);
        }

        await Authenticator.EnrolAsync(client, factory);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);

        var status = await client.GetPageAsync("/TwoFactor");
        Assert.Null(status.QuerySelector("form#disable-form"));
        var regenerated = await client.SubmitAsync(status, "form#generate-recovery-codes-form");
        Assert.Equal(10, (await TestClient.ParseAsync(regenerated)).QuerySelectorAll("#recovery-codes kbd").Length);
        var antiforgery = status.QuerySelector("form#generate-recovery-codes-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await client.Http.PostAsync("/TwoFactor/Disable", new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var after = await client.GetPageAsync("/TwoFactor");
        Assert.Equal(Ui.Text("TwoFactor.Disable.Required"), after.QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Equal(Ui.Text("TwoFactor.Index.On"), after.QuerySelector("#two-factor-status")!.TextContent.Trim());
    }

    private static async Task<HttpResponseMessage> RecoveryCodeSignInAsync(AppFactory factory, string code)
    {
        using var client = factory.CreateTestClient();
        var passwordStep = await Authenticator.PasswordStepAsync(client, "radnik");
        Assert.StartsWith("/Account/LoginWithTwoFactor", passwordStep.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await client.GetPageAsync("/Account/LoginWithRecoveryCode");
        return await client.SubmitAsync(page, "form#recovery-code-form", new Dictionary<string, string> { ["RecoveryCode"] = code });
    }
}
