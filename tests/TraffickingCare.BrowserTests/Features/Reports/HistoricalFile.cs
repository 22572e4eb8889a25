using System.Text;
using Microsoft.Playwright;
using TraffickingCare.Web.Features.Reports.Import;

namespace TraffickingCare.BrowserTests.Features.Reports;

/// <summary>
/// A small historical file in the import contract's 25 columns (invented names only): cases referred in one year,
/// some identified within it and one still waiting for a decision.
/// </summary>
internal static class HistoricalFile
{
    public static FilePayload Csv(string name, IEnumerable<Dictionary<string, string>> rows)
    {
        var text = new StringBuilder(string.Join(',', ImportColumns.All)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', ImportColumns.All.Select(c => row[c]))).Append("\r\n");
        }

        return new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text.ToString()) };
    }

    /// <summary>A case referred on 1 March of <paramref name="year"/>; identified on 15 April unless <paramref name="identified"/> is false.</summary>
    public static Dictionary<string, string> Row(string caseId, int year, bool identified = true) => new()
    {
        [ImportColumns.CaseId] = caseId,
        [ImportColumns.FirstName] = "Zamislica",
        [ImportColumns.SecondName] = "Izmišljenović",
        [ImportColumns.Birthdate] = $"{year - 25}-02-10",
        [ImportColumns.Gender] = "Feminine",
        [ImportColumns.Citizenship] = "RS",
        [ImportColumns.TraffickingStatus] = identified ? "ActualVictimOfTrafficking" : "PossibleVictimOfTrafficking",
        [ImportColumns.DecisionMakingOrg] = "Police",
        [ImportColumns.AgeWhenTrafficked] = "",
        [ImportColumns.TypeOfExploitation] = "SexualExploitation",
        [ImportColumns.TypeOfSexExploitation] = "Prostitution",
        [ImportColumns.ForcedLabourIndustry] = "",
        [ImportColumns.MethodOfRecruitment] = "FalseJobOffer",
        [ImportColumns.MethodsOfControl] = "",
        [ImportColumns.ExploitationDate] = $"{year - 1}-06-01",
        [ImportColumns.ExploitationCountry] = "DE",
        [ImportColumns.CaseStatus] = "Closed",
        [ImportColumns.ReferringOrganisation] = "Policijska uprava Primer",
        [ImportColumns.ReferralDate] = $"{year}-03-01",
        [ImportColumns.SupportType] = "Legal; Health",
        [ImportColumns.Consent] = "TRUE",
        [ImportColumns.ReferrerSector] = "Police",
        [ImportColumns.Decision] = identified ? "Identified" : "",
        [ImportColumns.DecisionDate] = identified ? $"{year}-04-15" : "",
        [ImportColumns.Scope] = "Transnational",
    };
}
