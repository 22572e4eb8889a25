using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Account;

public sealed class SessionLifetimeTests
{
    [Fact]
    public async Task After_31_idle_minutes_the_next_request_is_sent_to_the_login_page()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");
        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_ends_ten_hours_after_sign_in_even_with_steady_activity()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");

        // 23 × 25 + 20 = 595 minutes of activity, never idle for 30: still signed in.
        for (var step = 0; step < 23; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_does_not_restart_the_ten_hour_lifetime()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();
        await client.SignInAsync("radnik");
        for (var step = 0; step < 23; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        }

        var form = await client.GetPageAsync("/Manage/ChangePassword");
        var changed = await client.SubmitAsync(form, "form#change-password-form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = AppFactory.DemoPassword,
            ["NewPassword"] = "Sasvim-nova lozinka za test",
            ["ConfirmPassword"] = "Sasvim-nova lozinka za test",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode); // the sign-in is refreshed here
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(29));

        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }
}
