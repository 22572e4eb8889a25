using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using TraffickingCare.IntegrationTests.Features.Users;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Security;

/// <summary>
/// Two app instances on one database with one key ring, as behind a load balancer: whatever a user's next request
/// needs (the sign-in cookie, the half-done two-factor sign-in, an antiforgery token, a one-time link) is read by
/// either instance, so nothing of it may live in one process's memory. One browser (one cookie jar) talks to both.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly AppFactory first = new();
    private readonly AppFactory second = new();

    public Task InitializeAsync()
    {
        second.Settings["ConnectionStrings:Sqlite"] = $"Data Source={first.DatabasePath}";
        second.Settings["DataProtection:KeyRingPath"] = Path.Combine(first.Folder, "keys");
        second.Settings["Storage:AttachmentsPath"] = first.AttachmentsFolder;
        second.Settings["Mail:PickupFolder"] = first.MailFolder;
        _ = first.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task Signed_in_on_one_instance_the_user_carries_on_on_the_other_and_signs_out_there()
    {
        var (onFirst, onSecond) = Browser();
        await onFirst.SignInAsync("koordinator");

        var page = await onSecond.GetPageAsync("/Cases");

        // A form the second served is accepted by the first: its antiforgery token is read with the shared key ring.
        var signedOut = await onFirst.SubmitAsync(page, "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await onSecond.Http.GetAsync("/Cases");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_password_step_on_one_instance_and_the_authenticator_code_on_the_other_sign_the_user_in()
    {
        var (enrolling, _) = Browser();
        await enrolling.SignInAsync("radnik");
        var (key, _) = await Authenticator.EnrolAsync(enrolling, first);

        // A code is taken once: the next one is half a minute on, on both instances' clocks.
        first.Clock.Advance(TimeSpan.FromSeconds(30));
        second.Clock.Advance(TimeSpan.FromSeconds(30));

        var (onFirst, onSecond) = Browser();
        var passwordStep = await Authenticator.PasswordStepAsync(onFirst, "radnik");
        Assert.StartsWith("/Account/LoginWithTwoFactor", passwordStep.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var codeStep = await onSecond.GetPageAsync(passwordStep.Headers.Location.OriginalString);
        var signedIn = await onSecond.SubmitAsync(codeStep, "form#two-factor-form", new Dictionary<string, string> { ["Code"] = Authenticator.Code(second, key) });

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        await onFirst.GetPageAsync("/Cases");
    }

    [Fact]
    public async Task A_set_password_link_mailed_by_one_instance_is_used_on_the_other()
    {
        var (admin, _) = Browser();
        await admin.SignInAsync("admin");
        var link = await UserAdministrationTests.CreateUserAsync(admin, first, "dve.instance", "Dve Instance", "Caseworker");

        var (onFirst, onSecond) = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await UserAdministrationTests.SetPasswordAsync(onSecond, link, UserAdministrationTests.ChosenPassword)).StatusCode);

        await onFirst.SignInAsync("dve.instance", UserAdministrationTests.ChosenPassword);
        await onSecond.GetPageAsync("/Work");
    }

    /// <summary>A client on each instance, sharing one cookie jar, as one browser behind a load balancer.</summary>
    private (TestClient First, TestClient Second) Browser()
    {
        var cookies = new CookieContainer();
        return (
            new TestClient(first.CreateDefaultClient(new CookieContainerHandler(cookies)), () => first.Errors.All + second.Errors.All),
            new TestClient(second.CreateDefaultClient(new CookieContainerHandler(cookies)), () => first.Errors.All + second.Errors.All));
    }
}
