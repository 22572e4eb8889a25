using System.Net;
using OtpNet;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.TwoFactor;

/// <summary>
/// An authenticator code is good once, and only for the current 30-second step or the one before or
/// after it: a code seen over someone's shoulder, or replayed from a proxy, opens no second session.
/// </summary>
public sealed class SingleUseCodeTests
{
    [Fact]
    public async Task The_same_code_cannot_sign_in_twice()
    {
        await using var factory = new AppFactory();
        var key = await EnrolAsync(factory);
        var code = Authenticator.Code(factory, key);

        Assert.Equal("/", (await CodeStepAsync(factory, code)).Headers.Location?.OriginalString);
        await AssertRefusedAsync(await CodeStepAsync(factory, code));
    }

    [Fact]
    public async Task A_code_two_steps_old_is_refused()
    {
        await using var factory = new AppFactory();
        var key = await EnrolAsync(factory);

        await AssertRefusedAsync(await CodeStepAsync(factory, CodeAt(factory, key, TimeSpan.FromSeconds(-60))));
    }

    [Fact]
    public async Task The_previous_step_is_accepted_once_and_then_neither_it_nor_anything_older()
    {
        await using var factory = new AppFactory();
        var key = await EnrolAsync(factory);
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        var previous = CodeAt(factory, key, TimeSpan.FromSeconds(-30));

        Assert.Equal("/", (await CodeStepAsync(factory, previous)).Headers.Location?.OriginalString);
        await AssertRefusedAsync(await CodeStepAsync(factory, previous));
        await AssertRefusedAsync(await CodeStepAsync(factory, CodeAt(factory, key, TimeSpan.FromSeconds(-60))));
        Assert.Equal("/", (await CodeStepAsync(factory, Authenticator.Code(factory, key))).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Two_sign_ins_with_the_same_code_at_the_same_moment_do_not_both_pass()
    {
        await using var factory = new AppFactory();
        var key = await EnrolAsync(factory);
        var code = Authenticator.Code(factory, key);
        using var first = factory.CreateTestClient();
        using var second = factory.CreateTestClient();
        var pages = new[] { await CodePageAsync(first), await CodePageAsync(second) };

        var responses = await Task.WhenAll(
            first.SubmitAsync(pages[0], "form#two-factor-form", new Dictionary<string, string> { ["Code"] = code }),
            second.SubmitAsync(pages[1], "form#two-factor-form", new Dictionary<string, string> { ["Code"] = code }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString == "/");
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
    }

    /// <summary>Enrols "radnik" and moves the clock to the next step, past the code the enrolment used.</summary>
    private static async Task<string> EnrolAsync(AppFactory factory)
    {
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");
        var (key, _) = await Authenticator.EnrolAsync(client, factory);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        return key;
    }

    private static string CodeAt(AppFactory factory, string key, TimeSpan offset) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()))
            .ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime + offset);

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> CodePageAsync(TestClient client)
    {
        var passwordStep = await Authenticator.PasswordStepAsync(client, "radnik");
        Assert.StartsWith("/Account/LoginWithTwoFactor", passwordStep.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await client.GetPageAsync(passwordStep.Headers.Location.OriginalString);
    }

    private static async Task<HttpResponseMessage> CodeStepAsync(AppFactory factory, string code)
    {
        using var client = factory.CreateTestClient();
        var page = await CodePageAsync(client);
        return await client.SubmitAsync(page, "form#two-factor-form", new Dictionary<string, string> { ["Code"] = code });
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await TestClient.ParseAsync(response)).QuerySelector("#form-errors")!.TextContent;
        Assert.Contains(Ui.Text("Account.TwoFactor.CodeInvalid"), errors, StringComparison.Ordinal);
    }
}
