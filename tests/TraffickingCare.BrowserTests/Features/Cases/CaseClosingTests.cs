using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Cases;

/// <summary>The lead closes a case on its closing page (a reason is required, what was typed is kept) and reopens it.</summary>
public sealed class CaseClosingTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task The_lead_closes_a_case_on_its_closing_page_after_a_refusal_and_reopens_it() =>
        RunAsync(nameof(The_lead_closes_a_case_on_its_closing_page_after_a_refusal_and_reopens_it), async page =>
        {
            var (caseId, caseCode, today) = await ArrangeCaseAsync("radnik");
            var followUp = today.AddDays(90).ToString("dd.MM.yyyy.", System.Globalization.CultureInfo.InvariantCulture);
            await SignInAsync(page, "radnik");
            await page.GotoAsync($"/Cases/Details/{caseId}");
            await Expect(page.Locator("#case-code")).ToHaveTextAsync(caseCode);

            await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Cases.Close.Submit"), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Close/{caseId}$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Ui.Text("Cases.Close.Title"), Exact = true })).ToHaveCountAsync(1);
            await page.AssertAccessibleAsync();

            // No reason: refused on the same page, the follow-up day kept and the error tied to the field.
            var followUpField = page.GetByLabel(Ui.Text("Cases.Close.FollowUpOn"), new() { Exact = true });
            await followUpField.FillAsync(followUp);
            await page.Locator("#close-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Close/{caseId}$"));
            var reason = page.GetByLabel(Ui.Text("Cases.Close.Reason"), new() { Exact = true });
            await Expect(reason).ToHaveAccessibleDescriptionAsync(Ui.Text("Cases.Errors.ClosureReasonRequired"));
            await Expect(followUpField).ToHaveValueAsync(followUp);
            await page.AssertAccessibleAsync();

            await reason.SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator("#close-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{caseId}$"));
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Cases.Close.Done"));
            await Expect(page.Locator("#case-status")).ToHaveTextAsync(Ui.Text("Cases.Status.Closed"));
            await Expect(page.Locator("a#close-case-link")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();

            await page.Locator("#reopen").ClickAsync();
            await Expect(page.Locator(".alert-success")).ToHaveTextAsync(Ui.Text("Cases.Reopen.Done"));
            await Expect(page.Locator("#case-status")).ToHaveTextAsync(Ui.Text("Cases.Status.Open"));
        });
}
