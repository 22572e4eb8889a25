using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Features.Reports.Import;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Features.Reports;

/// <summary>
/// Management brings a year of historical cases in and publishes that year's report: a file with one bad cell is
/// refused with its row and column, the corrected file is summarised, committed and followed to the end; the report
/// shows the file's figures and a chart; the published revision's cells CSV and PDF are downloaded. Axe on every page.
/// </summary>
public sealed class AnnualReportTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    /// <summary>Long enough for a commit that runs in the background; the page reloads itself meanwhile.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions UntilDone = new() { Timeout = 30_000 };

    [Fact]
    public Task A_manager_imports_a_year_of_cases_sees_its_figures_publishes_the_report_and_downloads_it() =>
        RunAsync(nameof(A_manager_imports_a_year_of_cases_sees_its_figures_publishes_the_report_and_downloads_it), async page =>
        {
            // The demo caseload covers the last five years; a year before it holds only what this file brings.
            var today = await ArrangeAsync(services => Task.FromResult(services.GetRequiredService<CentreClock>().Today));
            var year = today.Year - 6;
            var rows = new[]
            {
                HistoricalFile.Row("IST-B1", year), HistoricalFile.Row("IST-B2", year),
                HistoricalFile.Row("IST-B3", year), HistoricalFile.Row("IST-B4", year, identified: false),
            };
            await SignInAsync(page, "rukovodstvo");

            await page.GotoAsync("/Reports/Import");
            await page.AssertAccessibleAsync();
            var faulty = rows.Select(r => new Dictionary<string, string>(r)).ToArray();
            faulty[2][ImportColumns.Gender] = "Zensko";
            await UploadAsync(page, HistoricalFile.Csv("istorija-greska.csv", faulty));

            // Line 4 of the file (the header is line 1): the third case, its sex column, the value that is not a code.
            var problems = page.Locator("#import-problems tbody tr");
            await Expect(problems).ToHaveCountAsync(1);
            await Expect(problems.Locator("td").Nth(0)).ToHaveTextAsync("4");
            await Expect(problems.Locator("td").Nth(1)).ToHaveTextAsync(ImportColumns.Gender);
            await Expect(problems.Locator("td").Nth(2)).ToContainTextAsync(Ui.Text("Import.Problems.UnknownCode"));
            await Expect(problems.Locator("td").Nth(2)).ToContainTextAsync("Zensko");
            await Expect(page.Locator("#import-report")).Not.ToContainTextAsync("Zamislica");
            await page.AssertAccessibleAsync();

            await UploadAsync(page, HistoricalFile.Csv("istorija.csv", rows));
            await Expect(page).ToHaveURLAsync(new Regex("/Reports/Import/[0-9a-f-]{36}$"));
            await Expect(page.Locator("#import-valid")).ToHaveTextAsync(Ui.Text("Import.Valid", 4, 4, 0));
            await Expect(page.Locator("#import-rows")).ToHaveTextAsync("4");
            await page.AssertAccessibleAsync();

            await page.Locator("#import-commit-submit").ClickAsync();
            await Expect(page.Locator("#import-result")).ToBeVisibleAsync(UntilDone);
            await Expect(page.Locator("#import-result")).ToHaveTextAsync(Ui.Text("Import.Result", 4, 0, 0));
            await Expect(page.Locator("#import-status")).ToHaveTextAsync(Ui.Text("Import.Status.Committed"));
            await page.AssertAccessibleAsync();

            // The live report of that year: four referrals, three identified, one presumed victim (a small cell).
            await page.GotoAsync($"/Reports/Annual/{year}");
            await Expect(page.Locator("#report-status")).ToContainTextAsync(Ui.Text("Reports.StatusLive"));
            await ExpectSummaryAsync(page, year, referrals: "4", identified: "3", presumed: "<3");
            var chart = page.Locator("figure[data-chart='summary'] svg[role='img']");
            await Expect(chart).ToBeVisibleAsync();
            await Expect(chart).ToHaveAttributeAsync("aria-label", new Regex("\\S"));
            await page.AssertAccessibleAsync();

            // Publishing freezes these figures as revision 1, which the page then shows.
            var publishedOn = await ArrangeAsync(services => Task.FromResult(services.GetRequiredService<CentreClock>().Today));
            await page.Locator("#publish-form button[type='submit']").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Reports/Annual/{year}\\?revision=1$"));
            await Expect(page.Locator("#report-status")).ToContainTextAsync(Ui.Text("Reports.StatusPublished", 1, CentreClock.FormatDate(publishedOn)));
            var published = page.Locator("[role='status']").GetByText(Ui.Text("Reports.Published", year, 1), new() { Exact = true });
            await Expect(published).ToHaveCountAsync(1);
            await Expect(published).ToBeVisibleAsync();
            await Expect(page.Locator("#publish-form")).ToHaveCountAsync(0);
            await ExpectSummaryAsync(page, year, referrals: "4", identified: "3", presumed: "<3");
            await page.AssertAccessibleAsync();

            var downloads = page.Locator("#report-downloads");
            var cells = await page.RunAndWaitForDownloadAsync(() => downloads.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Reports.DownloadCells"), Exact = true }).ClickAsync());
            Assert.Equal($"report-{year}-r1.csv", cells.SuggestedFilename);
            var lines = (await File.ReadAllTextAsync(await cells.PathAsync(), Encoding.UTF8)).Split('\n');
            Assert.Equal("table,row,year,value", lines[0]);
            Assert.Contains($"summary,referrals,{year},4", lines);
            Assert.Contains($"summary,identified_victims,{year},3", lines);
            Assert.Contains($"summary,presumed_victims,{year},<3", lines);

            var pdf = await page.RunAndWaitForDownloadAsync(() => downloads.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Reports.PdfLatin"), Exact = true }).ClickAsync());
            var bytes = await File.ReadAllBytesAsync(await pdf.PathAsync());
            Assert.True(bytes.Length > 1000, $"The PDF has only {bytes.Length} bytes.");
            Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));

            await page.GetByRole(AriaRole.Link, new() { Name = Ui.Text("Reports.CompareRevisions"), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Reports/Annual/{year}/Revisions$"));
            await Expect(page.Locator("#revisions-table tbody tr")).ToHaveCountAsync(1);
            await Expect(page.Locator("#revisions-table tbody tr[data-revision='1']")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            // The introduction for the next revision, and the partners' extract: what it will hold before any download.
            await page.GotoAsync($"/Reports/Annual/{year}/Introduction");
            await page.AssertAccessibleAsync();
            await page.GotoAsync($"/Reports/Annual/{year}");
            await page.Locator("#report-extract-link").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Reports/Extract\\?year={year}$"));
            await Expect(page.Locator("#extract-cases")).ToHaveTextAsync("4");
            await Expect(page.Locator("#extract-download")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            // Management's home: this year so far beside the same days of last year, and the report's state.
            await page.GotoAsync("/");
            await page.AssertAccessibleAsync();
        });

    private static async Task UploadAsync(IPage page, FilePayload file)
    {
        var form = page.Locator("form#import-upload");
        await form.Locator("input[type='file']").SetInputFilesAsync(file);
        await form.Locator("#import-validate").ClickAsync();
    }

    /// <summary>The summary table's cells of <paramref name="year"/>, as shown (small counts suppressed).</summary>
    private static async Task ExpectSummaryAsync(IPage page, int year, string referrals, string identified, string presumed)
    {
        var summary = page.Locator("table[data-table='summary']");
        await Expect(summary.Locator($"tr[data-row='referrals'] td[data-year='{year}']")).ToHaveTextAsync(referrals);
        await Expect(summary.Locator($"tr[data-row='identified_victims'] td[data-year='{year}']")).ToHaveTextAsync(identified);
        await Expect(summary.Locator($"tr[data-row='presumed_victims'] td[data-year='{year}']")).ToHaveTextAsync(presumed);
    }
}
