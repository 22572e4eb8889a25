using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Reports;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Reports.Extract;

namespace TraffickingCare.IntegrationTests.Features.Reports.Extract;

/// <summary>The partners' extract of a small imported year: nothing that names a person or a case, k-anonymous, audited.</summary>
public sealed class ExtractTests(ExtractCaseload caseload) : IClassFixture<ExtractCaseload>
{
    private static readonly string Url = $"/Reports/Extract/{ExtractCaseload.Year}/extract.csv";

    [Fact]
    public async Task The_extract_holds_no_name_birthdate_case_code_case_id_or_organisation()
    {
        using var manager = await caseload.Small.Arrange.SignedInAsync("rukovodstvo");
        var response = await manager.Http.GetAsync(Url);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var cases = await caseload.Small.WithDbAsync(db => db.Cases.Select(c => new { c.Id, c.Code }).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(8, cases.Count);
        Assert.All(ExtractCaseload.Names.Concat(ExtractCaseload.ExternalIds), value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(ExtractCaseload.Birthdate, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ExtractCaseload.Organisation, text, StringComparison.OrdinalIgnoreCase);
        Assert.All(cases, c =>
        {
            Assert.DoesNotContain(c.Code, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(c.Id.ToString("N"), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(c.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Rows_come_in_htcds_columns_with_ages_in_bands_years_for_dates_and_htcds_values()
    {
        using var manager = await caseload.Small.Arrange.SignedInAsync("rukovodstvo");
        var rows = Parse(await manager.Http.GetStringAsync(Url));

        Assert.Equal(ExtractCsv.Columns, rows.Header);
        Assert.Equal(7, rows.Values.Count);
        Assert.All(rows.Column(HtcdsColumns.AgeWhenTrafficked), age => Assert.Equal("18-20", age));
        Assert.All(rows.Column(HtcdsColumns.ExploitationDate), year => Assert.Equal("2019", year));
        Assert.All(rows.Column(HtcdsColumns.ReferralDate), year => Assert.Equal("2023", year));
        Assert.All(rows.Column(HtcdsColumns.MethodOfRecruitment), method => Assert.Equal("Other", method));
        Assert.All(rows.Column(HtcdsColumns.SupportType), types => Assert.Equal("Health;Legal", types));
        Assert.All(rows.Column(HtcdsColumns.TraffickingStatus), status => Assert.Equal("ActualVictimOfTrafficking", status));
        Assert.DoesNotContain(rows.Header, column => column.StartsWith("x_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_small_k_the_foreign_citizenships_are_generalised_and_the_lone_man_withheld()
    {
        using var manager = await caseload.Small.Arrange.SignedInAsync("rukovodstvo");
        var response = await manager.Http.GetAsync(Url);
        var rows = Parse(await response.Content.ReadAsStringAsync());
        var page = await manager.GetPageAsync($"/Reports/Extract?year={ExtractCaseload.Year}");

        Assert.Equal(["*", "*", "*", "RS", "RS", "RS", "RS"], rows.Column(HtcdsColumns.Citizenship).Order(StringComparer.Ordinal));
        Assert.All(rows.Column(HtcdsColumns.Gender), sex => Assert.Equal("Feminine", sex));
        Assert.Equal("Citizenship", response.Headers.GetValues("X-Extract-Generalisation").Single());
        Assert.Equal("1", response.Headers.GetValues("X-Extract-Withheld").Single());
        Assert.Equal("htcds-extract-2023-k3.csv", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("3", page.QuerySelector("#extract-k")!.TextContent.Trim());
        Assert.Equal("8", page.QuerySelector("#extract-cases")!.TextContent.Trim());
        Assert.Equal("7", page.QuerySelector("#extract-rows")!.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("#extract-withheld")!.TextContent.Trim());
    }

    [Fact]
    public async Task With_the_default_k_of_eleven_every_row_of_the_small_year_is_withheld()
    {
        using var manager = await caseload.Default.Arrange.SignedInAsync("rukovodstvo");
        var rows = Parse(await manager.Http.GetStringAsync(Url));
        var page = await manager.GetPageAsync($"/Reports/Extract?year={ExtractCaseload.Year}");

        Assert.Empty(rows.Values);
        Assert.Equal("11", page.QuerySelector("#extract-k")!.TextContent.Trim());
        Assert.Equal("8", page.QuerySelector("#extract-withheld")!.TextContent.Trim());
    }

    [Fact]
    public async Task Row_ids_are_fresh_in_every_download()
    {
        using var manager = await caseload.Small.Arrange.SignedInAsync("rukovodstvo");

        var first = Parse(await manager.Http.GetStringAsync(Url)).Column(HtcdsColumns.RowId);
        var second = Parse(await manager.Http.GetStringAsync(Url)).Column(HtcdsColumns.RowId);

        Assert.Equal(7, first.Distinct().Count());
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task Every_download_is_audited_with_the_year_k_and_row_counts()
    {
        using var manager = await caseload.Small.Arrange.SignedInAsync("rukovodstvo");
        var file = await manager.Http.GetByteArrayAsync(Url);

        var audits = await caseload.Small.WithDbAsync(db => db.AuditEntries
            .Where(e => e.EntityType == ReportExtractController.AuditType && e.Action == Domain.Auditing.AuditAction.Downloaded).Select(e => new { e.Reason, e.Changes }).ToListAsync());

        Assert.Contains(audits, a => a.Reason == "extract.csv 2023 k=3 generalisation=Citizenship rows=7 withheld=1" && a.Changes == DownloadFacts.Of(file, rows: 7));
    }

    [Fact]
    public async Task The_extract_is_read_with_the_same_number_of_sql_commands_for_a_full_year_and_an_empty_one()
    {
        using var manager = await caseload.Small.Arrange.SignedInAsync("rukovodstvo");
        await manager.Http.GetAsync("/Reports/Extract/2022/extract.csv");
        using var counter = new SqlCommandCounter(caseload.Small.DatabasePath);

        await manager.Http.GetAsync("/Reports/Extract/2022/extract.csv");
        var empty = counter.Count;
        counter.Reset();
        await manager.Http.GetAsync(Url);

        // The single values, the several-valued codes and the services' types: each one command over the year's referrals.
        Assert.Equal(empty, counter.Count);
        Assert.Equal(3, counter.Commands.Count(c => c.Sql.Contains("\"Referrals\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_page_offers_last_year_by_default_and_the_annual_report_links_it_for_management_only()
    {
        using var manager = await caseload.Small.Arrange.SignedInAsync("rukovodstvo");
        using var coordinator = await caseload.Small.Arrange.SignedInAsync("koordinator");
        var lastYear = caseload.Small.Clock.GetUtcNow().Year - 1;

        var page = await manager.GetPageAsync("/Reports/Extract");
        var report = await manager.GetPageAsync($"/Reports/Annual/{ExtractCaseload.Year}");
        var coordinatorsReport = await coordinator.GetPageAsync($"/Reports/Annual/{ExtractCaseload.Year}");

        Assert.Equal(lastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#extract-year-select option[selected]")!.GetAttribute("value"));
        Assert.Equal($"/Reports/Extract/{lastYear}/extract.csv", page.QuerySelector("#extract-download")!.GetAttribute("href"));
        Assert.Equal($"/Reports/Extract?year={ExtractCaseload.Year}", report.QuerySelector("#report-extract-link")!.GetAttribute("href"));
        Assert.Null(coordinatorsReport.QuerySelector("#report-extract-link"));
    }

    private static Csv Parse(string text)
    {
        var lines = text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        return new Csv(lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    private sealed record Csv(string[] Header, IReadOnlyList<string[]> Values)
    {
        public IReadOnlyList<string> Column(string name) => [.. Values.Select(v => v[Array.IndexOf(Header, name)])];
    }
}
