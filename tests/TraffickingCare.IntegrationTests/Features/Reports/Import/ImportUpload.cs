using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Reports.Import;

namespace TraffickingCare.IntegrationTests.Features.Reports.Import;

/// <summary>Synthetic import files (invented names only) and the upload as a browser sends it.</summary>
internal static class ImportUpload
{
    public const string FormSelector = "form#import-upload";

    public static Dictionary<string, string> Row(string caseId, string decision = "Identified", string status = "ActualVictimOfTrafficking") => new()
    {
        [ImportColumns.CaseId] = caseId,
        [ImportColumns.FirstName] = "Zamislica",
        [ImportColumns.SecondName] = "Izmišljenović",
        [ImportColumns.Birthdate] = "1998-02-10",
        [ImportColumns.Gender] = "Feminine",
        [ImportColumns.Citizenship] = "RS; BA",
        [ImportColumns.TraffickingStatus] = status,
        [ImportColumns.DecisionMakingOrg] = "Police",
        [ImportColumns.AgeWhenTrafficked] = "",
        [ImportColumns.TypeOfExploitation] = "SexualExploitation",
        [ImportColumns.TypeOfSexExploitation] = "Prostitution",
        [ImportColumns.ForcedLabourIndustry] = "",
        [ImportColumns.MethodOfRecruitment] = "FalseJobOffer",
        [ImportColumns.MethodsOfControl] = "",
        [ImportColumns.ExploitationDate] = "2019-06-01",
        [ImportColumns.ExploitationCountry] = "DE",
        [ImportColumns.CaseStatus] = "Active",
        [ImportColumns.ReferringOrganisation] = "Policijska uprava Primer",
        [ImportColumns.ReferralDate] = "2021-03-01",
        [ImportColumns.SupportType] = "Legal; Health",
        [ImportColumns.Consent] = "TRUE",
        [ImportColumns.ReferrerSector] = "Police",
        [ImportColumns.Decision] = decision,
        [ImportColumns.DecisionDate] = decision.Length == 0 ? "" : "2021-04-15",
        [ImportColumns.Scope] = "Transnational",
    };

    public static byte[] File(params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder(string.Join(',', ImportColumns.All)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', ImportColumns.All.Select(c => row.GetValueOrDefault(c) ?? string.Empty))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static async Task<HttpResponseMessage> PostAsync(TestClient client, string fileName, HttpContent file)
    {
        var page = await client.GetPageAsync("/Reports/Import");
        var form = page.QuerySelector(FormSelector) as IHtmlFormElement ?? throw new InvalidOperationException("The page has no upload form.");
        Assert.Equal("file", form.QuerySelector("[name='Upload.File']")!.GetAttribute("type"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "Upload.File", fileName },
        };
        return await client.Http.PostAsync(form.GetAttribute("action"), multipart);
    }

    public static Task<HttpResponseMessage> PostAsync(TestClient client, string fileName, byte[] content) =>
        PostAsync(client, fileName, new ByteArrayContent(content));
}
