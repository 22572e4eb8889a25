using System.Text;
using TraffickingCare.Web.Features.Reports.Import;

namespace TraffickingCare.UnitTests.Features.Reports.Import;

/// <summary>Builds small files of the contract's 25 columns: a valid row, changed cell by cell.</summary>
internal static class ImportCsv
{
    public static readonly DateOnly Today = new(2026, 12, 1);

    public static readonly ImportCodeLists Codes = new(new Dictionary<string, IReadOnlySet<string>>
    {
        ["Sex"] = new HashSet<string> { "Feminine", "Masculine" },
        ["Citizenship"] = new HashSet<string> { "RS", "BA", "DE" },
        ["ExploitationType"] = new HashSet<string> { "SexualExploitation", "ForcedLabour", "ChildLabour" },
        ["RecruitmentMethod"] = new HashSet<string> { "FalseJobOffer", "IntimatePartner" },
        ["MethodOfControl"] = new HashSet<string> { "Threats", "DebtBondage" },
        ["SupportType"] = new HashSet<string> { "Legal", "Health", "FieldVisit" },
        ["ReferrerSector"] = new HashSet<string> { "Police", "Health" },
        ["IdentificationDecision"] = new HashSet<string> { "Identified", "NotIdentified", "Suspended", "Rejected" },
    });

    public static Dictionary<string, string> ValidRow(string caseId = "C-1") => new()
    {
        [ImportColumns.CaseId] = caseId,
        [ImportColumns.FirstName] = "Ana",
        [ImportColumns.SecondName] = "Primer",
        [ImportColumns.Birthdate] = "2000-05-01",
        [ImportColumns.Gender] = "Feminine",
        [ImportColumns.Citizenship] = "RS",
        [ImportColumns.TraffickingStatus] = "ActualVictimOfTrafficking",
        [ImportColumns.DecisionMakingOrg] = "Police",
        [ImportColumns.AgeWhenTrafficked] = "19",
        [ImportColumns.TypeOfExploitation] = "SexualExploitation",
        [ImportColumns.TypeOfSexExploitation] = "Prostitution",
        [ImportColumns.ForcedLabourIndustry] = "",
        [ImportColumns.MethodOfRecruitment] = "FalseJobOffer",
        [ImportColumns.MethodsOfControl] = "Threats",
        [ImportColumns.ExploitationDate] = "2020-01-10",
        [ImportColumns.ExploitationCountry] = "DE",
        [ImportColumns.CaseStatus] = "Closed",
        [ImportColumns.ReferringOrganisation] = "Policijska uprava",
        [ImportColumns.ReferralDate] = "2021-03-01",
        [ImportColumns.SupportType] = "Legal",
        [ImportColumns.Consent] = "TRUE",
        [ImportColumns.ReferrerSector] = "Police",
        [ImportColumns.Decision] = "Identified",
        [ImportColumns.DecisionDate] = "2021-04-15",
        [ImportColumns.Scope] = "Transnational",
    };

    public static string Text(IEnumerable<Dictionary<string, string>> rows, string lineEnd = "\r\n", IReadOnlyList<string>? header = null)
    {
        header ??= ImportColumns.All;
        var text = new StringBuilder(string.Join(',', header)).Append(lineEnd);
        foreach (var row in rows)
        {
            text.Append(string.Join(',', header.Select(c => Quote(row.GetValueOrDefault(c) ?? string.Empty)))).Append(lineEnd);
        }

        return text.ToString();
    }

    public static ImportParseResult Read(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var content = bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;
        return ImportFileReader.Read(new MemoryStream(content), Codes, Today);
    }

    public static ImportParseResult ReadRow(Action<Dictionary<string, string>> change)
    {
        var row = ValidRow();
        change(row);
        return Read(Text([row]));
    }

    private static string Quote(string value) => value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
