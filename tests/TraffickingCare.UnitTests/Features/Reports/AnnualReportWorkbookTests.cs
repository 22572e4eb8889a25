using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TraffickingCare.UnitTests.Support;
using TraffickingCare.Web.Features.Reports.Annual;
using TraffickingCare.Web.Features.Reports.Annual.Workbook;

namespace TraffickingCare.UnitTests.Features.Reports;

/// <summary>The workbook read back with the library that wrote it: sheet names, header, typed cells.</summary>
public sealed class AnnualReportWorkbookTests
{
    private static readonly AnnualReportWorkbook Workbook = new(new KeyLocalizer());

    private static AnnualReportView View(bool suppressed, params ReportTableView[] tables) =>
        new(2025, [2021, 2022, 2023, 2024, 2025], null, null, suppressed, 3, null, tables);

    private static ReportRowView Row(string key, string label, params string[] values) =>
        new(key, label, Enumerable.Range(0, values.Length).ToDictionary(i => 2021 + i, i => values[i]));

    private static readonly ReportTableView BySex = new("identified_by_sex", "Identifikovane žrtve prema polu", "Jedna osoba se broji jednom.", true,
    [
        Row("Female", "Ženski", "31", "28", "40", "35", "42"),
        Row("Male", "Muški", "12", "<3", "x", "9", "14"),
    ]);

    [Fact]
    public void Each_table_is_a_sheet_with_a_header_and_one_row_per_report_row()
    {
        var sheets = Read(Workbook.Build(View(true, BySex, new ReportTableView("referrals_by_sector", "Prijave prema sektoru", null, false, [Row("Police", "Policija", "50", "60", "70", "80", "90")]))));

        Assert.Equal(["Identifikovane žrtve prema polu", "Prijave prema sektoru"], sheets.Select(s => s.Name));
        var rows = sheets[0].Rows;
        Assert.Equal(["Identifikovane žrtve prema polu", "2021", "2022", "2023", "2024", "2025"], rows[0].Select(c => c.Text));
        Assert.Equal(["Ženski", "31", "28", "40", "35", "42"], rows[1].Select(c => c.Text));
        Assert.Equal("Muški", rows[2][0].Text);
        Assert.Equal(["Policija", "50", "60", "70", "80", "90"], sheets[1].Rows[1].Select(c => c.Text));
    }

    [Fact]
    public void An_exact_value_is_a_number_and_a_hidden_one_is_the_shown_text()
    {
        var male = Read(Workbook.Build(View(true, BySex)))[0].Rows[2];

        Assert.Equal(("12", true), (male[1].Text, male[1].IsNumber));
        Assert.Equal(("<3", false), (male[2].Text, male[2].IsNumber));
        Assert.Equal(("x", false), (male[3].Text, male[3].IsNumber));
        Assert.Equal(("14", true), (male[5].Text, male[5].IsNumber));
    }

    [Fact]
    public void Under_the_rows_stand_the_tables_note_and_in_a_suppressed_report_the_legend()
    {
        var suppressed = Read(Workbook.Build(View(true, BySex)))[0].Rows;
        Assert.Equal(["Jedna osoba se broji jednom.", "ReportXlsx.SuppressionLegend"], suppressed.Skip(3).Select(r => r[0].Text));

        var internalFigures = Read(Workbook.Build(View(false, BySex)))[0].Rows;
        Assert.Equal(["Jedna osoba se broji jednom."], internalFigures.Skip(3).Select(r => r[0].Text));
    }

    [Fact]
    public void A_cyrillic_title_names_its_sheet_cut_to_excels_31_characters()
    {
        const string Title = "Идентификоване жртве према облику експлоатације и узрасту";
        var table = BySex with { Title = Title };

        var sheet = Read(Workbook.Build(View(true, table)))[0];

        Assert.Equal("Идентификоване жртве према обли", sheet.Name);
        Assert.Equal(WorksheetNames.MaxLength, sheet.Name.Length);
        Assert.Equal(Title, sheet.Rows[0][0].Text);
    }

    [Fact]
    public void Titles_equal_once_cut_or_holding_forbidden_characters_give_unique_valid_names()
    {
        var first = BySex with { Title = "Žrtve prema obliku eksploatacije: odrasli" };
        var second = BySex with { Key = "other", Title = "Žrtve prema obliku eksploatacije: deca" };
        var odd = BySex with { Key = "odd", Title = "'Usluge [pružene] / *dobijene*?'" };

        var names = Read(Workbook.Build(View(true, first, second, odd))).Select(s => s.Name).ToList();

        Assert.Equal(["Žrtve prema obliku eksploatacij", "Žrtve prema obliku eksploat (2)", "Usluge pružene dobijene"], names);
    }

    [Fact]
    public void A_report_without_tables_is_still_a_workbook_excel_opens()
    {
        var sheets = Read(Workbook.Build(View(true)));

        var sheet = Assert.Single(sheets);
        Assert.Equal("2025", sheet.Name);
    }

    private sealed record ReadCell(string Text, bool IsNumber);

    private sealed record ReadSheet(string Name, List<List<ReadCell>> Rows);

    private static List<ReadSheet> Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(r => r.Elements<Cell>().Select(c => new ReadCell(
                    c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty,
                    c.DataType?.Value == CellValues.Number && double.TryParse(c.CellValue?.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))).ToList())
                .ToList();
            return new ReadSheet(sheet.Name!.Value!, rows);
        }).ToList();
    }
}
