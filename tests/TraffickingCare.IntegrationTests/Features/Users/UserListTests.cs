using System.Net;
using AngleSharp.Html.Dom;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Users;
using static TraffickingCare.IntegrationTests.Features.Users.PrivilegedAccountTests;

namespace TraffickingCare.IntegrationTests.Features.Users;

/// <summary>The accounts list of a large deployment: paged and filtered in the database, its buttons keeping the filter.</summary>
public sealed class UserListTests
{
    [Fact]
    public async Task A_large_centre_pages_the_accounts_and_finds_one_by_name_user_name_or_e_mail()
    {
        await using var factory = new AppFactory();
        for (var i = 0; i < UserListFilter.PageSize; i++)
        {
            await TestUsers.CaseworkerAsync(factory, $"dezurni-{i:00}");
        }

        await TestUsers.CaseworkerAsync(factory, "zvezda_1");
        using var admin = await factory.Arrange.SignedInAsync("admin");
        var total = await factory.WithDbAsync(db => Task.FromResult(db.Users.Count()));

        var first = await admin.GetPageAsync("/Users");
        var second = await admin.GetPageAsync("/Users?page=2");

        Assert.Equal(Ui.Text("Users.Index.Count", total), first.QuerySelector("#user-count")!.TextContent.Trim());
        Assert.Equal(UserListFilter.PageSize, Rows(first).Count);
        Assert.Equal(total - UserListFilter.PageSize, Rows(second).Count);
        Assert.Empty(Rows(first).Intersect(Rows(second)));
        Assert.Equal(Ui.Text("Common.PageOf", 1, 2), first.QuerySelector(".pagination [aria-current=page]")!.TextContent.Trim());

        Assert.Equal(["zvezda_1"], Rows(await admin.GetPageAsync("/Users?Q=zvezda")));
        Assert.Equal(["zvezda_1"], Rows(await admin.GetPageAsync("/Users?Q=" + Uri.EscapeDataString("Test zvezda"))));
        Assert.Equal(["koordinator"], Rows(await admin.GetPageAsync("/Users?Q=" + Uri.EscapeDataString("koordinator@"))));

        // The typed text is found as typed: "_" is an underscore, not LIKE's "any character".
        Assert.Equal(["zvezda_1"], Rows(await admin.GetPageAsync("/Users?Q=a_1")));
        var none = await admin.GetPageAsync("/Users?Q=" + Uri.EscapeDataString("%"));
        Assert.Empty(Rows(none));
        Assert.Equal(Ui.Text("Users.Index.Empty"), none.QuerySelector("#users-empty")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_role_and_status_filters_find_disabled_caseworkers_and_an_account_awaiting_its_role()
    {
        await using var factory = new AppFactory();
        await TestUsers.CaseworkerAsync(factory, "bivsa", disabled: true);
        using var admin = await factory.Arrange.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await RequestAccountAsync(admin, "nova.koord", "Nova Koordinatorka", "Coordinator")).StatusCode);

        var disabled = await admin.GetPageAsync("/Users?Role=Caseworker&Status=Disabled");
        var coordinators = await admin.GetPageAsync("/Users?Role=Coordinator");

        Assert.Equal(["bivsa"], Rows(disabled));
        Assert.Equal("Caseworker", ((IHtmlSelectElement)disabled.QuerySelector("#u-role")!).Value);
        Assert.Equal("Disabled", ((IHtmlSelectElement)disabled.QuerySelector("#u-status")!).Value);
        Assert.Contains("nova.koord", Rows(coordinators));
        Assert.Contains("koordinator", Rows(coordinators));
        Assert.DoesNotContain("radnik", Rows(coordinators));
        Assert.DoesNotContain("bivsa", Rows(await admin.GetPageAsync("/Users?Status=Enabled")));
    }

    [Fact]
    public async Task A_button_in_a_filtered_list_returns_to_that_list_and_never_off_the_site()
    {
        await using var factory = new AppFactory();
        await TestUsers.CaseworkerAsync(factory, "bivsa", disabled: true);
        await TestUsers.CaseworkerAsync(factory, "druga", disabled: true);
        using var admin = await factory.Arrange.SignedInAsync("admin");
        const string Filtered = "/Users?Q=bivsa&Status=Disabled";

        var list = await admin.GetPageAsync(Filtered);
        var enabled = await admin.SubmitAsync(list, "form[data-user='bivsa'][data-action='Enable']");

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(Filtered, enabled.Headers.Location!.OriginalString);
        var after = await admin.GetPageAsync(Filtered);
        Assert.Equal(Ui.Text("Users.Enable.Done"), after.QuerySelector(".alert-success")!.TextContent.Trim());
        Assert.Empty(Rows(after));

        var other = await admin.GetPageAsync("/Users?Q=druga");
        var offSite = await admin.SubmitAsync(other, "form[data-user='druga'][data-action='Enable']", new Dictionary<string, string> { ["returnUrl"] = "https://example.com/Users" });
        Assert.Equal("/Users", offSite.Headers.Location!.OriginalString);
    }

    private static List<string> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#users tbody tr").Select(r => r.GetAttribute("data-user")!)];
}
