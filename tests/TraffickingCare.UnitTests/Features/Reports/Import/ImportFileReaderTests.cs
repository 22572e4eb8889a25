using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Features.Reports.Import;
using C = TraffickingCare.Web.Features.Reports.Import.ImportColumns;

namespace TraffickingCare.UnitTests.Features.Reports.Import;

public sealed class ImportFileReaderTests
{
    [Fact]
    public void A_valid_row_is_read_typed()
    {
        var result = ImportCsv.Read(ImportCsv.Text([ImportCsv.ValidRow()]));

        Assert.True(result.IsValid, string.Join(", ", result.Problems.Select(p => p.Key)));
        var row = Assert.Single(result.Rows);
        Assert.Equal(2, row.Row);
        Assert.Equal(IdentificationDecision.Identified, row.Decision);
        Assert.Equal(new DateOnly(2021, 4, 15), row.DecisionDate);
        Assert.True(row.IsTransnational);
        Assert.True(row.Consent);
    }

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\n", false)]
    [InlineData("\r\n", true)]
    public void Line_ends_and_a_byte_order_mark_are_accepted(string lineEnd, bool bom)
    {
        var result = ImportCsv.Read(ImportCsv.Text([ImportCsv.ValidRow("A"), ImportCsv.ValidRow("B")], lineEnd), bom);

        Assert.True(result.IsValid);
        Assert.Equal(["A", "B"], result.Rows.Select(r => r.CaseId));
    }

    [Fact]
    public void Separators_with_spaces_are_trimmed_and_a_repeated_value_counts_once()
    {
        var result = ImportCsv.ReadRow(r =>
        {
            r[C.Citizenship] = "RS; BA; RS";
            r[C.TypeOfExploitation] = "ForcedLabour ;ChildLabour; ForcedLabour";
            r[C.Decision] = "";
            r[C.DecisionDate] = "";
            r[C.TraffickingStatus] = "PossibleVictimOfTrafficking";
        });

        var row = Assert.Single(result.Rows);
        Assert.Equal(["RS", "BA"], row.Citizenships);
        Assert.Equal(["ForcedLabour", "ChildLabour"], row.ExploitationTypes);
        Assert.Null(row.Decision);
    }

    [Fact]
    public void Cyrillic_and_Latin_diacritics_in_names_come_through_unchanged()
    {
        var result = ImportCsv.ReadRow(r =>
        {
            r[C.FirstName] = "Ђурђина";
            r[C.SecondName] = "Šćekić-Žužić";
        });

        var row = Assert.Single(result.Rows);
        Assert.Equal("Ђурђина", row.FirstName);
        Assert.Equal("Šćekić-Žužić", row.SecondName);
    }

    [Theory]
    [InlineData(C.CaseId, "", "Import.Problems.Required")]
    [InlineData(C.ReferralDate, "", "Import.Problems.Required")]
    [InlineData(C.ReferralDate, "01.03.2021.", "Import.Problems.BadDate")]
    [InlineData(C.ExploitationDate, "2020-02-30", "Import.Problems.BadDate")]
    [InlineData(C.ExploitationDate, "1949-12-31", "Import.Problems.DateOutOfRange")]
    [InlineData(C.ReferralDate, "2026-12-02", "Import.Problems.DateOutOfRange")]
    [InlineData(C.Gender, "F", "Import.Problems.UnknownCode")]
    [InlineData(C.Citizenship, "RS;XX", "Import.Problems.UnknownCode")]
    [InlineData(C.TypeOfExploitation, "Sexual", "Import.Problems.UnknownCode")]
    [InlineData(C.MethodOfRecruitment, "Online", "Import.Problems.UnknownCode")]
    [InlineData(C.MethodsOfControl, "Violence", "Import.Problems.UnknownCode")]
    [InlineData(C.SupportType, "Legal;Shelter", "Import.Problems.UnknownCode")]
    [InlineData(C.ReferrerSector, "Army", "Import.Problems.UnknownCode")]
    [InlineData(C.ExploitationCountry, "XX", "Import.Problems.UnknownCode")]
    [InlineData(C.DecisionMakingOrg, "Court", "Import.Problems.UnknownCode")]
    [InlineData(C.TypeOfSexExploitation, "Escort", "Import.Problems.UnknownCode")]
    [InlineData(C.ForcedLabourIndustry, "Construction", "Import.Problems.UnknownCode")]
    [InlineData(C.CaseStatus, "Open", "Import.Problems.UnknownCode")]
    [InlineData(C.Scope, "Local", "Import.Problems.UnknownCode")]
    [InlineData(C.AgeWhenTrafficked, "121", "Import.Problems.BadAge")]
    [InlineData(C.AgeWhenTrafficked, "-1", "Import.Problems.BadAge")]
    [InlineData(C.AgeWhenTrafficked, "ten", "Import.Problems.BadAge")]
    [InlineData(C.Consent, "yes", "Import.Problems.BadConsent")]
    [InlineData(C.DecisionDate, "", "Import.Problems.DecisionWithoutDate")]
    [InlineData(C.DecisionDate, "2021-02-28", "Import.Problems.DecisionBeforeReferral")]
    [InlineData(C.TraffickingStatus, "NotAVictimOfTrafficking", "Import.Problems.StatusMismatch")]
    public void A_bad_cell_is_reported_with_its_row_column_and_problem(string column, string value, string key)
    {
        var result = ImportCsv.ReadRow(r => r[column] = value);

        Assert.False(result.IsValid);
        Assert.Empty(result.Rows);
        Assert.Contains(result.Problems, p => p.Row == 2 && p.Column == column && p.Key == key);
    }

    [Fact]
    public void A_date_without_a_decision_is_reported()
    {
        var result = ImportCsv.ReadRow(r =>
        {
            r[C.Decision] = "";
            r[C.TraffickingStatus] = "PossibleVictimOfTrafficking";
        });

        Assert.Contains(result.Problems, p => p.Column == C.Decision && p.Key == "Import.Problems.DateWithoutDecision");
    }

    [Theory]
    [InlineData("Identified", "ActualVictimOfTrafficking")]
    [InlineData("NotIdentified", "NotAVictimOfTrafficking")]
    [InlineData("Rejected", "NotAVictimOfTrafficking")]
    [InlineData("Suspended", "PossibleVictimOfTrafficking")]
    public void Each_decision_agrees_with_its_status(string decision, string status)
    {
        var result = ImportCsv.ReadRow(r =>
        {
            r[C.Decision] = decision;
            r[C.TraffickingStatus] = status;
        });

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Names_and_dates_of_birth_are_never_echoed()
    {
        var result = ImportCsv.ReadRow(r =>
        {
            r[C.FirstName] = new string('Ž', 101);
            r[C.Birthdate] = "1999-13-01";
        });

        Assert.Equal(2, result.ProblemCount);
        Assert.All(result.Problems, p => Assert.Null(p.Value));
    }

    [Fact]
    public void A_duplicated_case_id_is_reported_on_its_second_row()
    {
        var result = ImportCsv.Read(ImportCsv.Text([ImportCsv.ValidRow("A"), ImportCsv.ValidRow("B"), ImportCsv.ValidRow("A")]));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, C.CaseId, "Import.Problems.DuplicateCaseId"), (problem.Row, problem.Column, problem.Key));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Missing_unknown_and_duplicated_columns_are_reported()
    {
        var header = C.All.Where(c => c != C.Consent).Append("Notes").Append(C.Gender).ToList();

        var result = ImportCsv.Read(ImportCsv.Text([ImportCsv.ValidRow()], header: header));

        Assert.Contains(result.Problems, p => p.Column == C.Consent && p.Key == "Import.Problems.MissingColumn");
        Assert.Contains(result.Problems, p => p.Column == "Notes" && p.Key == "Import.Problems.UnknownColumn");
        Assert.Contains(result.Problems, p => p.Column == C.Gender && p.Key == "Import.Problems.DuplicateColumn");
    }

    [Fact]
    public void Unbalanced_quotes_are_malformed_CSV()
    {
        var text = ImportCsv.Text([ImportCsv.ValidRow("A")]) + "\"B,unclosed" + new string(',', C.All.Count - 2) + "\r\n";

        var result = ImportCsv.Read(text);

        Assert.Contains(result.Problems, p => p.Key == "Import.Problems.Malformed");
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_row_with_too_few_cells_is_reported()
    {
        var result = ImportCsv.Read(ImportCsv.Text([ImportCsv.ValidRow("A")]) + "B,Ana\r\n");

        Assert.Contains(result.Problems, p => p.Row == 3 && p.Key == "Import.Problems.CellCount");
    }

    [Fact]
    public void An_empty_file_and_a_header_alone_are_reported()
    {
        Assert.Contains(ImportCsv.Read(string.Empty).Problems, p => p.Key == "Import.Problems.Empty");
        Assert.Contains(ImportCsv.Read(ImportCsv.Text([])).Problems, p => p.Key == "Import.Problems.NoRows");
    }

    [Fact]
    public void The_report_lists_at_most_500_problems_and_counts_the_rest()
    {
        var rows = Enumerable.Range(1, 600).Select(i =>
        {
            var row = ImportCsv.ValidRow("C" + i);
            row[C.Gender] = "X";
            return row;
        });

        var result = ImportCsv.Read(ImportCsv.Text(rows));

        Assert.Equal(600, result.ProblemCount);
        Assert.Equal(ImportFileReader.MaxProblemsShown, result.Problems.Count);
        Assert.Equal(100, result.ProblemsNotShown);
    }
}
