using Microsoft.Extensions.DependencyInjection;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Referrals;

/// <summary>The states of the referral pages the daily walk does not reach, each checked with axe: overdue rows, an empty register, a refused form.</summary>
public sealed class ReferralRegisterTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task The_coordinator_reads_overdue_rows_an_empty_register_and_a_refused_referral() =>
        RunAsync(nameof(The_coordinator_reads_overdue_rows_an_empty_register_and_a_refused_referral), async page =>
        {
            await LogAsync(TimeSpan.FromHours(30), UrgencyIndicators.None);
            await LogAsync(TimeSpan.FromHours(3), UrgencyIndicators.None with { Child = true });
            await LogAsync(TimeSpan.FromMinutes(5), UrgencyIndicators.None);

            await SignInAsync(page, "koordinator");
            await page.AssertAccessibleAsync();

            // Overdue rows are marked, and their links must stay readable on the warning background.
            await page.GotoAsync("/Referrals?OverdueOnly=true");
            await Expect(page.Locator("#register tbody tr.table-warning a").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.GotoAsync("/Referrals?From=01.01.2000.&To=02.01.2000.");
            await Expect(page.Locator("#register")).ToHaveCountAsync(0);
            await Expect(page.GetByText(Ui.Text("Referrals.Register.Empty"), new() { Exact = true })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            // A referral received tomorrow is refused by the server, with the message beside the field.
            await page.GotoAsync("/Referrals/Log");
            var form = page.Locator("form#log-referral");
            await form.Locator("#Form_ReceivedOn").FillAsync("01.01.2199.");
            await form.Locator("#Form_ChannelCode").SelectOptionAsync("Phone");
            await form.Locator("#Form_ReferrerSectorCode").SelectOptionAsync("Police");
            await form.Locator("#log-referral-submit").ClickAsync();
            await Expect(form.Locator("#Form_ReceivedOn")).ToHaveAttributeAsync("aria-invalid", "true");
            await page.AssertAccessibleAsync();
        });

    /// <summary>A referral someone else logged <paramref name="ago"/>, still awaiting triage.</summary>
    private Task<Guid> LogAsync(TimeSpan ago, UrgencyIndicators urgency) =>
        ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var now = services.GetRequiredService<CentreClock>().UtcNow;
            var receipt = new ReferralReceipt(now - ago, "Phone", "Police", null, null, null, ReferredPerson.Unknown, null, urgency);
            var referral = Referral.Log(receipt, ResponseTargets.Default, "someone-else", now);
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral.Id;
        });
}
