using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Users;

public sealed class AccessAlertTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task Management_finds_an_alert_of_bulk_viewing_from_its_home_page_and_marks_it_reviewed() =>
        RunAsync(nameof(Management_finds_an_alert_of_bulk_viewing_from_its_home_page_and_marks_it_reviewed), async page =>
        {
            await ArrangeAsync(async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                var userId = await db.Users.Where(u => u.UserName == "radnik2").Select(u => u.Id).SingleAsync();
                db.BulkViewAlerts.Add(BulkViewAlert.Raise(userId, services.GetRequiredService<CentreClock>().UtcNow, 42, 10));
                return await db.SaveChangesAsync();
            });

            await SignInAsync(page, "rukovodstvo");
            await page.AssertAccessibleAsync();
            await page.Locator("#access-alerts-Management a").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/AccessAlerts$"));
            var alert = page.Locator("tr[data-user='radnik2'][data-reviewed='false']").First;
            await Expect(alert.Locator("[data-cell=opened]")).ToHaveTextAsync(Ui.Text("AccessAlerts.OpenedWithin", 42, 10));
            await page.AssertAccessibleAsync();

            await alert.Locator("button[type=submit]").ClickAsync();

            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("AccessAlerts.Reviewed"));
            await Expect(page.Locator("tr[data-user='radnik2'][data-reviewed='true']")).ToHaveCountAsync(1);
            await page.AssertAccessibleAsync();
        });
}
