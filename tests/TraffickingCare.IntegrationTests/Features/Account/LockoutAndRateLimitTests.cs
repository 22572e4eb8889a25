using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Account;

public sealed class LockoutAndRateLimitTests
{
    [Fact]
    public async Task After_five_failed_attempts_the_account_is_locked_and_the_right_password_is_refused()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await Authenticator.PasswordStepAsync(client, "radnik", "Pogresna-Lozinka-123");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var fifth = await Authenticator.PasswordStepAsync(client, "radnik", "Pogresna-Lozinka-123");
        Assert.Equal("/Account/Lockout", fifth.Headers.Location!.OriginalString);

        var sixth = await Authenticator.PasswordStepAsync(client, "radnik");

        Assert.Equal("/Account/Lockout", sixth.Headers.Location!.OriginalString);
        var lockout = await client.GetPageAsync("/Account/Lockout");
        Assert.Equal(Ui.Text("Account.Lockout.Title"), lockout.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("radnik")]
    [InlineData("ime.koje.ne.postoji")]
    public async Task A_user_name_that_does_not_exist_is_locked_out_exactly_like_one_that_does(string userName)
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();

        var answers = new List<string>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var response = await Authenticator.PasswordStepAsync(client, userName, "Pogresna-Lozinka-123");
            answers.Add($"{(int)response.StatusCode} {response.Headers.Location?.OriginalString}".Trim());
        }

        Assert.Equal(["200", "200", "200", "200", "302 /Account/Lockout", "302 /Account/Lockout"], answers);
    }

    [Fact]
    public async Task Sign_in_posts_past_the_limit_are_answered_with_429()
    {
        await using var factory = new AppFactory();
        factory.Settings["Security:SignInPermitsPerMinute"] = "3";
        using var client = factory.CreateTestClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await Authenticator.PasswordStepAsync(client, "radnik", "Pogresna-Lozinka-123")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
    }
}
