using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Referrals;

public sealed partial class ReferralTriageTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string CaseworkerDisplayName = "Demo Stručni Radnik";

    /// <summary>Synthetic; never a real person's name.</summary>
    private const string Alias = "Demo Alias E2E";

    [Fact]
    public Task A_caseworker_logs_an_urgent_referral_and_the_coordinator_triages_it_into_a_new_case() =>
        RunAsync(nameof(A_caseworker_logs_an_urgent_referral_and_the_coordinator_triages_it_into_a_new_case), async page =>
        {
            // The caseworker takes the call and logs it: a child, by phone, from the police.
            await SignInAsync(page, "radnik");
            await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Nav.LogReferral"), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(LogUrl());
            var form = page.Locator("form#log-referral");
            await Expect(form).ToBeVisibleAsync();
            await Expect(form.Locator("#Form_ReceivedOn")).Not.ToBeEmptyAsync();
            await Expect(form.Locator("#Form_ReceivedAt")).Not.ToBeEmptyAsync();
            await page.AssertAccessibleAsync();

            await form.Locator("#Form_Child").CheckAsync();
            await form.Locator("#Form_ChannelCode").SelectOptionAsync("Phone");
            await form.Locator("#Form_ReferrerSectorCode").SelectOptionAsync("Police");
            await form.Locator("#Form_PersonNameOrAlias").FillAsync(Alias);
            await form.Locator("#log-referral-submit").ClickAsync();

            await Expect(page).ToHaveURLAsync(DetailsUrl());
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Referrals.Logged"));
            await Expect(page.Locator(".badge", new() { HasTextString = Ui.Text("Referrals.Urgent") })).ToHaveTextAsync(Ui.Text("Referrals.Urgent"));
            await Expect(DetailsValue(page, "Referrals.Log.PersonName")).ToHaveTextAsync(Alias);

            // An urgent referral must be triaged within two hours of receipt.
            var received = ParseShown(await DetailsValue(page, "Referrals.Details.ReceivedAt").InnerTextAsync());
            await Expect(page.Locator("#triage-deadline")).ToHaveTextAsync(Shown(received.AddHours(2)));
            await page.AssertAccessibleAsync();
            var detailsUrl = page.Url;

            await page.Locator("#user-menu").ClickAsync();
            await page.Locator("#sign-out").ClickAsync();
            await Expect(page).ToHaveURLAsync(LoginUrl());

            // The coordinator sees the waiting referrals on the home page and triages this one into a new case.
            await SignInAsync(page, "koordinator");
            await Expect(page.Locator("#referral-work-Coordinator"))
                .ToContainTextAsync(new Regex("^\\s*" + Regex.Escape(Ui.Text("Home.Referrals.Awaiting", "")) + "\\d+"));

            await page.GotoAsync(detailsUrl);
            var triage = page.Locator("form#triage-referral");
            await Expect(triage).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await triage.Locator("#outcome-OpenCase").CheckAsync();
            await triage.Locator("#Triage_Form_LeadCaseworkerId").SelectOptionAsync(new SelectOptionValue { Label = CaseworkerDisplayName });
            await triage.Locator("#triage-submit").ClickAsync();

            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Referrals.Triage.Done"));
            await Expect(page.Locator("#case-code")).ToHaveTextAsync(CaseCode());
            await Expect(page.Locator("form#triage-referral")).ToHaveCountAsync(0);
            await Expect(page).ToHaveURLAsync(detailsUrl);
        });

    /// <summary>The value shown next to a label in the details list.</summary>
    private static ILocator DetailsValue(IPage page, string labelKey) =>
        page.Locator("dl dt").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(Ui.Text(labelKey)) + "$") }).Locator("xpath=following-sibling::dd[1]");

    /// <summary>The details page shows local times as the culture's short date and a 24-hour time.</summary>
    private static string Shown(DateTime local) => local.ToString("d", Ui.Serbian) + " " + local.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateTime ParseShown(string text) =>
        DateTime.ParseExact(text.Trim(), Ui.Serbian.DateTimeFormat.ShortDatePattern + " HH:mm", Ui.Serbian);

    [GeneratedRegex("/Referrals/Log$")]
    private static partial Regex LogUrl();

    [GeneratedRegex("/Referrals/Details/[0-9a-fA-F-]{36}$")]
    private static partial Regex DetailsUrl();

    [GeneratedRegex("/Account/Login(\\?|$)")]
    private static partial Regex LoginUrl();

    [GeneratedRegex("^CZZ-\\d{4}-\\d{4}$")]
    private static partial Regex CaseCode();
}
