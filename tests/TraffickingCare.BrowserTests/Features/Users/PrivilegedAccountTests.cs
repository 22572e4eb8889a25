using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Users;

public sealed class PrivilegedAccountTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    /// <summary>Synthetic.</summary>
    private const string UserName = "sinteticki.koordinator";
    private const string Email = "sinteticki.koordinator@centar.test";

    [Fact]
    public Task An_administrator_asks_for_a_coordinator_account_and_management_approves_it_reading_where_the_link_goes() =>
        RunAsync(nameof(An_administrator_asks_for_a_coordinator_account_and_management_approves_it_reading_where_the_link_goes), async page =>
        {
            await SignInAsync(page, "admin");
            await page.GotoAsync("/Users/Create");
            await page.AssertAccessibleAsync();
            var form = page.Locator("form#create-user-form");
            await form.Locator("#DisplayName").FillAsync("Sintetički Koordinator");
            await form.Locator("#UserName").FillAsync(UserName);
            await form.Locator("#Email").FillAsync(Email);
            await form.Locator("#Role").SelectOptionAsync("Coordinator");
            await form.Locator("#create").ClickAsync();

            // A request, not an account: no link, and the administrator cannot approve it himself.
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Users.Create.AwaitingApproval"));
            await page.AssertAccessibleAsync();

            // The list finds it under the role it awaits, by a part of its address.
            var filter = page.Locator("form#user-filter");
            await filter.Locator("#u-q").FillAsync("sinteticki.koord");
            await filter.Locator("#u-role").SelectOptionAsync("Coordinator");
            await filter.Locator("button[type=submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("Role=Coordinator"));
            await Expect(page.Locator("#users tbody tr")).ToHaveCountAsync(1);
            await Expect(page.Locator($"tr[data-user='{UserName}'] [data-cell=role]")).ToContainTextAsync(Ui.Text("Users.Index.AwaitingApproval", Ui.Text("Roles.Coordinator")));
            await page.AssertAccessibleAsync();
            await page.GotoAsync("/PrivilegedChanges");
            var request = page.Locator($"tr[data-user='{UserName}'][data-status='Pending']");
            await Expect(request).ToHaveCountAsync(1);
            await Expect(request.Locator("form[data-action='Approve']")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();
            await SignOutAsync(page);

            // Management reads the whole address the link will go to, then approves.
            await SignInAsync(page, "rukovodstvo");
            await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Nav.PrivilegedChanges") }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/PrivilegedChanges$"));
            await Expect(request.Locator("[data-cell=email]")).ToHaveTextAsync(Ui.Text("PrivilegedChanges.LinkGoesTo", Email));
            await page.AssertAccessibleAsync();
            await request.Locator("form[data-action='Approve'] button[type=submit]").ClickAsync();

            await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
            await Expect(page.Locator($"tr[data-user='{UserName}'][data-status='Approved']")).ToHaveCountAsync(1);
            await page.AssertAccessibleAsync();
        });
}
