using System.Net;
using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.IntegrationTests.Infrastructure;
using static TraffickingCare.IntegrationTests.Features.Users.PrivilegedAccountTests;
using static TraffickingCare.IntegrationTests.Features.Users.UserAdministrationTests;

namespace TraffickingCare.IntegrationTests.Features.Users;

/// <summary>A set-password link is a credential: it reaches the user's mailbox only, on the configured address.</summary>
public sealed class SetPasswordLinkTests
{
    [Fact]
    public async Task No_response_to_the_administrator_or_the_approver_holds_a_set_password_link()
    {
        await using var factory = new AppFactory();
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");
        using var management = factory.CreateTestClient();
        await management.SignInAsync("rukovodstvo");
        var pages = new List<string>();

        pages.Add(await BodyAsync(await RequestAccountAsync(admin, "ana.a", "Ana Anić", "Caseworker")));
        pages.Add(await BodyAsync(await admin.Http.GetAsync("/Users")));
        pages.Add(await BodyAsync(await ActAsync(admin, "radnik", "ResetPassword")));
        pages.Add(await BodyAsync(await admin.Http.GetAsync("/Users")));
        await RequestAccountAsync(admin, "bojan.b", "Bojan Bojić", "Coordinator");
        pages.Add(await BodyAsync(await DecideAsync(management, "bojan.b", "Approve", PrivilegedChangeKind.CreateAccount)));
        pages.Add(await BodyAsync(await management.Http.GetAsync("/PrivilegedChanges")));
        pages.Add(await BodyAsync(await admin.Http.GetAsync("/PrivilegedChanges")));

        Assert.All(pages, html => Assert.DoesNotContain("/Account/SetPassword", html, StringComparison.OrdinalIgnoreCase));
        var tokens = new[] { "ana.a@centar.test", "radnik@demo.invalid", "bojan.b@centar.test" }
            .Select(to => HttpUtility.ParseQueryString(Mailbox.LinkTo(factory, to).Query)["token"]!)
            .ToList();
        Assert.Equal(3, tokens.Distinct().Count());
        foreach (var token in tokens)
        {
            Assert.All(pages, html =>
            {
                Assert.DoesNotContain(token, html, StringComparison.Ordinal);
                Assert.DoesNotContain(Uri.EscapeDataString(token), html, StringComparison.Ordinal);
                Assert.DoesNotContain(HttpUtility.HtmlEncode(token), html, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task A_forged_Host_header_does_not_change_the_address_of_the_mailed_link()
    {
        await using var factory = new AppFactory();
        using var admin = new TestClient(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://attacker.example"),
        }));
        admin.Http.DefaultRequestHeaders.Host = "attacker.example";
        await admin.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, (await RequestAccountAsync(admin, "vera.v", "Vera Vić", "Caseworker")).StatusCode);

        var link = Mailbox.LinkTo(factory, "vera.v@centar.test");
        Assert.Equal(new Uri(AppFactory.PublicBaseUrl).Authority, link.Authority);
        Assert.Equal("https", link.Scheme);
        Assert.StartsWith("/Account/SetPassword?userId=", link.PathAndQuery, StringComparison.Ordinal);
        using var newcomer = factory.CreateTestClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(newcomer, link.PathAndQuery, ChosenPassword)).StatusCode);
    }

    [Fact]
    public async Task A_mail_that_cannot_be_sent_is_reported_without_the_link_and_nothing_reaches_the_page()
    {
        await using var factory = new AppFactory();
        factory.Settings["Mail:PickupFolder"] = "";
        factory.Settings["Mail:Host"] = "";
        using var admin = factory.CreateTestClient();
        await admin.SignInAsync("admin");

        var response = await RequestAccountAsync(admin, "goran.g", "Goran Gajić", "Caseworker");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetPageAsync("/Users");
        Assert.Equal(Ui.Text("Users.Errors.CreatedLinkNotSent"), list.QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.DoesNotContain("/Account/SetPassword", list.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Mailbox.All(factory));
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.Headers.Location is { } location ? body + location.OriginalString : body;
    }
}
