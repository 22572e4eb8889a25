using System.Net;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>
/// The report of 2025 over a hand-made caseload, read through the cells CSV and the page and compared with figures
/// computed by hand from the rules of STATISTICS.md.
/// </summary>
public sealed class AnnualFiguresTests(AnnualFiguresTests.Arranged arranged) : IClassFixture<AnnualFiguresTests.Arranged>
{
    private AppFactory Factory => arranged.Factory;

    [Fact]
    public async Task The_internal_cells_equal_the_figures_computed_by_hand()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        var cells = await CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true");

        var expected = new Dictionary<string, string>
        {
            ["summary,referrals"] = "8",
            ["summary,presumed_victims"] = "2",
            ["summary,identified_victims"] = "3",
            ["referrals_by_outcome,Identified"] = "3",
            ["referrals_by_outcome,NotIdentified"] = "1",
            ["referrals_by_outcome,Suspended"] = "1",
            ["referrals_by_outcome,Rejected"] = "1",
            ["referrals_by_outcome,Duplicate"] = "1",
            ["referrals_by_outcome,Pending"] = "1",
            ["referrals_by_sector,Police"] = "3",
            ["referrals_by_sector,NGO"] = "4",
            ["referrals_by_sector,SocialWorkCentre"] = "1",
            ["referrals_by_sector,Unknown"] = "0",
            ["identified_by_sex,Feminine"] = "2",
            ["identified_by_sex,Masculine"] = "1",
            ["identified_by_sex,Unknown"] = "0",
            ["identified_by_age_group,child"] = "1",
            ["identified_by_age_group,adult"] = "1",
            ["identified_by_age_group,unknown"] = "1",
            ["identified_by_age_band,9-17"] = "1",
            ["identified_by_age_band,30-38"] = "1",
            ["identified_by_age_band,unknown"] = "1",
            ["identified_by_age_band,0-8"] = "0",
            ["identified_by_citizenship,domestic"] = "2",
            ["identified_by_citizenship,foreign"] = "0",
            ["identified_by_citizenship,unknown"] = "1",
            ["identified_by_citizenship_country,RS"] = "2",
            ["identified_by_citizenship_country,BA"] = "1",
            ["identified_by_citizenship_country,unknown"] = "1",
            ["identified_by_exploitation_any,labour"] = "1",
            ["identified_by_exploitation_any,sexual"] = "1",
            ["identified_by_exploitation_any,forced_begging"] = "1",
            ["identified_by_exploitation_any,other"] = "0",
            ["identified_by_exploitation_exclusive,labour"] = "1",
            ["identified_by_exploitation_exclusive,multiple"] = "1",
            ["identified_by_exploitation_exclusive,other"] = "0",
            ["identified_by_exploitation_exclusive,unknown"] = "1",
            ["identified_by_scope,Internal"] = "1",
            ["identified_by_scope,Transnational"] = "1",
            ["identified_by_scope,Unknown"] = "1",
            ["identified_by_service,Advisory"] = "1",
            ["identified_by_service,Legal"] = "2",
            ["identified_by_service,FieldVisit"] = "0",
        };
        foreach (var (key, value) in expected)
        {
            Assert.True(cells.TryGetValue(key + ",2025", out var actual), key);
            Assert.Equal((key, value), (key, actual));
        }

        Assert.Equal("2", cells["summary,referrals,2024"]);
        Assert.Equal("1", cells["summary,identified_victims,2024"]);
        Assert.Equal("2", cells["referrals_by_outcome,Identified,2024"]);
        Assert.Equal("0", cells["summary,referrals,2021"]);
    }

    [Fact]
    public async Task The_referral_funnel_regions_months_and_days_to_decision_equal_the_figures_computed_by_hand()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        var cells = await CellsAsync(client, "/Reports/Annual/2025/cells.csv?internal=true");

        var expected = new Dictionary<string, string>
        {
            // Referred → case opened → identified, by sector (the rejected, duplicate and untriaged ones open nothing).
            ["referrals_opened_by_sector,Police,2025"] = "1",
            ["referrals_opened_by_sector,NGO,2025"] = "4",
            ["referrals_opened_by_sector,SocialWorkCentre,2025"] = "0",
            ["referrals_identified_by_sector,Police,2025"] = "1",
            ["referrals_identified_by_sector,NGO,2025"] = "2",
            ["referrals_identified_by_sector,Unknown,2025"] = "0",

            // The local month of receipt: 00:30 on 1 June is June, though it was still 31 May in UTC.
            ["referrals_by_month,01,2025"] = "1",
            ["referrals_by_month,02,2025"] = "2",
            ["referrals_by_month,05,2025"] = "2",
            ["referrals_by_month,06,2025"] = "1",
            ["referrals_by_month,12,2025"] = "0",
            ["referrals_by_month,12,2024"] = "1",
            ["referrals_by_month,01,2022"] = "1",
            ["referrals_by_month,10,2022"] = "1",
            ["referrals_by_month,12,2022"] = "1",

            // The region of the referral's municipality; a code without a region, or none, is unknown.
            ["referrals_by_region,VOJVODINA,2022"] = "1",
            ["referrals_by_region,JUZNA-ISTOCNA-SRBIJA,2022"] = "1",
            ["referrals_by_region,BEOGRAD,2022"] = "0",
            ["referrals_by_region,Unknown,2022"] = "1",
            ["referrals_by_region,Unknown,2025"] = "8",

            // Days from the local day of receipt to the first decision: 10 Jan → 1 Mar is 50; 31 Dec → 15 Jan is 15;
            // 1 Jun (local, received 31 May in UTC) → 1 Jul is 30; 4 Apr → 5 May 31; 1 May → 1 Jun 31; 10 May → 15 Jun 36.
            ["cases_by_days_to_decision,0-30,2025"] = "2",
            ["cases_by_days_to_decision,31-60,2025"] = "4",
            ["cases_by_days_to_decision,61-90,2025"] = "0",
            ["cases_by_days_to_decision,366+,2025"] = "0",
            ["cases_by_days_to_decision,31-60,2024"] = "1",
        };
        foreach (var (key, value) in expected)
        {
            Assert.True(cells.TryGetValue(key, out var actual), key);
            Assert.Equal((key, value), (key, actual));
        }

        Assert.Equal(cells["summary,referrals,2022"], cells.Where(c => c.Key.StartsWith("referrals_by_month,", StringComparison.Ordinal) && c.Key.EndsWith(",2022", StringComparison.Ordinal)).Sum(c => int.Parse(c.Value)).ToString());
        Assert.Equal("3", cells["summary,referrals,2022"]);
    }

    [Fact]
    public async Task The_cells_csv_holds_every_row_of_every_table_for_five_years_with_the_contract_header()
    {
        using var client = await Factory.Arrange.SignedInAsync("koordinator");

        var response = await client.Http.GetAsync("/Reports/Annual/2025/cells.csv");
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("table,row,year,value", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^[a-z_]+,[A-Za-z0-9_+\-]+,20(2[1-5]),(\d+|<3|x)$", l));
        Assert.Equal(17 + Domain.Reports.WorkTables.All.Count, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.Equal(5 * 10, lines.Count(l => l.StartsWith("identified_by_age_band,", StringComparison.Ordinal)));
        Assert.Equal(5 * 3, lines.Count(l => l.StartsWith("summary,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_published_figures_hide_small_counts_and_a_second_cell_where_one_could_be_subtracted()
    {
        using var client = await Factory.Arrange.SignedInAsync("koordinator");

        var cells = await CellsAsync(client, "/Reports/Annual/2025/cells.csv");

        Assert.Equal("8", cells["summary,referrals,2025"]);
        Assert.Equal("3", cells["summary,identified_victims,2025"]);
        Assert.Equal("<3", cells["summary,presumed_victims,2025"]);
        Assert.Equal("<3", cells["identified_by_sex,Feminine,2025"]);
        Assert.Equal("0", cells["identified_by_sex,Unknown,2025"]);

        // Referrals by sector, 2025: Police 3, NGO 4, social work centre 1 (<3): the smallest other, Police, is hidden.
        Assert.Equal("x", cells["referrals_by_sector,Police,2025"]);
        Assert.Equal("4", cells["referrals_by_sector,NGO,2025"]);
        Assert.Equal("<3", cells["referrals_by_sector,SocialWorkCentre,2025"]);
    }

    [Fact]
    public async Task The_page_shows_each_table_beside_the_year_before_with_the_change()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        var page = await client.GetPageAsync("/Reports/Annual/2025?internal=true");

        var row = page.QuerySelector("table[data-table='summary'] tr[data-row='referrals']")!;
        Assert.Equal("2", row.QuerySelector("td[data-year='2024']")!.TextContent.Trim());
        Assert.Equal("8", row.QuerySelector("td[data-year='2025']")!.TextContent.Trim());
        Assert.Equal("+6", row.QuerySelector("td[data-figure='change']")!.TextContent.Trim());
        Assert.Equal("0", page.QuerySelector("table[data-table='summary'] tr[data-row='referrals'] td[data-year='2021']")!.TextContent.Trim());
        Assert.Equal(Ui.Text("Reports.Table.identified_by_sex"), page.QuerySelector("#t-identified_by_sex")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("table[data-table='identified_by_citizenship_country'] tr[data-row='BA']"));
        Assert.Null(page.QuerySelector("table[data-table='identified_by_citizenship_country'] tr[data-row='DE']"));
        Assert.NotNull(page.QuerySelector("#publish-form"));

        // The funnel by sector is drawn under the identified referrals by sector, with its stages in the text.
        var funnel = page.QuerySelector("figure[data-chart='referrals_identified_by_sector']")!;
        Assert.NotNull(funnel.QuerySelector("svg[role='img']"));
        Assert.Contains(Ui.Text("ReportCharts.FunnelOpened"), funnel.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_reads_the_report_but_never_the_internal_figures_nor_the_publish_button()
    {
        using var client = await Factory.Arrange.SignedInAsync("koordinator");

        var page = await client.GetPageAsync("/Reports/Annual/2025");

        Assert.Null(page.QuerySelector("#publish-form"));
        Assert.Equal("<3", page.QuerySelector("table[data-table='identified_by_sex'] tr[data-row='Feminine'] td[data-year='2025']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/Reports/Annual/2025?internal=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/Reports/Annual/2025/cells.csv?internal=true")).StatusCode);
    }

    [Fact]
    public async Task The_number_of_sql_commands_does_not_grow_with_the_records()
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");
        const string Address = "/Reports/Annual/2023/cells.csv?internal=true";
        await client.Http.GetAsync(Address);
        using var counter = new SqlCommandCounter(Factory.DatabasePath);
        await client.Http.GetAsync(Address);
        var few = counter.Count;
        var arrange = new ReportArrange(Factory);
        for (var i = 1; i <= 4; i++)
        {
            await arrange.CaseAsync(new DateOnly(2023, i, 3), new TimeOnly(10, 0), "Police", new Victim(
                IdentificationDecision.Identified, new DateOnly(2023, i, 20), "Feminine", 20 + i, "AL", ["RS"], ["SexualExploitation", "ForcedLabour"], true, ["Legal", "Health"]));
        }

        counter.Reset();
        var cells = await CellsAsync(client, Address);

        Assert.Equal("4", cells["identified_by_exploitation_exclusive,multiple,2023"]);
        Assert.Equal("4", cells["identified_by_citizenship,domestic,2023"]);
        Assert.Equal(few, counter.Count);
        Assert.InRange(counter.Count, 1, 21);
    }

    [Fact]
    public async Task The_pdf_in_cyrillic_holds_the_centre_name_the_tables_the_figures_and_page_numbers()
    {
        using var client = await Factory.Arrange.SignedInAsync("koordinator");

        var response = await client.Http.GetAsync("/Reports/Annual/2025/report.pdf?lang=sr-Cyrl-RS");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var text = string.Join("\n", pages);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Центар за заштиту жртава трговине људима", text);
        Assert.Contains("Идентификоване жртве по полу", text);
        Assert.Contains("Пријаве <3 8 –", text);
        Assert.DoesNotContain("Centar za", text, StringComparison.Ordinal); // the configured name, in the document's script

        // PdfPig may split a word where it guesses a gap: the page numbers are compared without spaces.
        Assert.All(pages.Select((page, i) => (page, i)), p => Assert.Contains($"страна{p.i + 1}од{pages.Count}", p.page.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.DoesNotContain("Test Osoba", text);
    }

    [Theory]
    [InlineData("/Reports/Annual/1999")]
    [InlineData("/Reports/Annual/2099")]
    [InlineData("/Reports/Annual/2025?revision=7")]
    [InlineData("/Reports/Annual/2025/cells.csv?revision=7")]
    public async Task A_year_or_revision_that_does_not_exist_is_not_found(string address)
    {
        using var client = await Factory.Arrange.SignedInAsync("rukovodstvo");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(address)).StatusCode);
    }

    internal static async Task<Dictionary<string, string>> CellsAsync(TestClient client, string address)
    {
        var text = await client.Http.GetStringAsync(address);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => $"{f[0]},{f[1]},{f[2]}", f => f[3]);
    }

    public sealed class Arranged : AppFixture
    {
        protected override async Task ArrangeAsync()
        {
            var a = new ReportArrange(Factory);
            var nine = new TimeOnly(9, 0);
            var first = await a.CaseAsync(new DateOnly(2025, 1, 10), nine, "Police", new Victim(
                IdentificationDecision.Identified, new DateOnly(2025, 3, 1), "Feminine", 17, "RS", Forms: ["ForcedLabour", "ChildLabour"], Transnational: false, Services: ["SocialCare", "Legal"]));

            // Received at 23:30 on New Year's Eve: a referral of 2024, whose person was identified in 2025.
            await a.CaseAsync(new DateOnly(2024, 12, 31), new TimeOnly(23, 30), "Police", new Victim(
                IdentificationDecision.Identified, new DateOnly(2025, 1, 15), "Masculine", 30, "BA", ["RS"], ["SexualExploitation", "ForcedBegging"], true, ["Legal"]));

            // 00:30 local on 1 June (22:30 UTC the day before): still a referral of 2025.
            await a.CaseAsync(new DateOnly(2025, 6, 1), new TimeOnly(0, 30), "NGO", new Victim(IdentificationDecision.NotIdentified, new DateOnly(2025, 7, 1)));
            await a.ReferralAsync(new DateOnly(2025, 2, 1), nine, "SocialWorkCentre", ReferralStatus.Rejected);
            await a.ReferralAsync(new DateOnly(2025, 2, 2), nine, "Police", ReferralStatus.Duplicate, first.Id);
            await a.ReferralAsync(new DateOnly(2025, 3, 3), nine, "Police");
            await a.CaseAsync(new DateOnly(2025, 4, 4), nine, "NGO", new Victim(IdentificationDecision.Suspended, new DateOnly(2025, 5, 5)));

            // One person in two cases, both identified in 2025: counted once, by the case with the lower code.
            var person = await a.NewPersonAsync();
            await a.CaseAsync(new DateOnly(2025, 5, 1), nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 6, 1), "Feminine", SamePersonAs: person));
            await a.CaseAsync(new DateOnly(2025, 5, 10), nine, "NGO", new Victim(IdentificationDecision.Identified, new DateOnly(2025, 6, 15), "Masculine", 40, SamePersonAs: person));

            // Referrals of 2022 from three places: 00:15 on New Year's Day (still 2021 in UTC), a Sunday in October,
            // and a municipality the region list does not know.
            await a.ReferralAsync(new DateOnly(2022, 1, 1), new TimeOnly(0, 15), "Police", municipality: "RS-NOVI-SAD");
            await a.ReferralAsync(new DateOnly(2022, 10, 30), new TimeOnly(12, 0), "Police", municipality: "RS-NIS");
            await a.ReferralAsync(new DateOnly(2022, 12, 31), new TimeOnly(23, 59), "NGO", municipality: "RS-NOWHERE");

            // Identified in 2024 and closed since: still identified.
            var closed = await a.CaseAsync(new DateOnly(2024, 5, 5), nine, "Police", new Victim(IdentificationDecision.Identified, new DateOnly(2024, 6, 6), "Feminine", 25));
            await a.CloseAsync(closed.Id);
        }
    }
}
